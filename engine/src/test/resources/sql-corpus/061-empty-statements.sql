;;
select 1;;
/* only a comment */;
-- nothing
;
select 2;
