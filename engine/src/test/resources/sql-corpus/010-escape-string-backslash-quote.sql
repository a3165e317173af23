select E'it\'s; escaped';
select E'a\\';
select 'plain';
