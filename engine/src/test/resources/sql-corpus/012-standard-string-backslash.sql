select 'C:\';
select 'next';
