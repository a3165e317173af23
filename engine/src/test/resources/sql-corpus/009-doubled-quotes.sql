insert into t values ('it''s; fine', 'a''''b');
select 'O''Reilly';
