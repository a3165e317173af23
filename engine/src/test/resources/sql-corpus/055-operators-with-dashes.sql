select 1 - -1;
select 2--comment; here
;
select 10-5;
