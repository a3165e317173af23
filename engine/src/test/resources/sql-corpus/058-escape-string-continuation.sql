select E'a'
'\'; still the same string';
select 2;
