-- it's not a 'string; here
select 'ok';
-- nor a "quoted; identifier" or $$ body; here
select 2;
