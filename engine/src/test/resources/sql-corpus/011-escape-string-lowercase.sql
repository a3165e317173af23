select e'tab\there\'; still';
select 1;
