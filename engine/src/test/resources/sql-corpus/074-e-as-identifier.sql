select e from t;
select some'x';
select e
'y';
