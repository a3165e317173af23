select 'first'
'second; still';
select 1;
