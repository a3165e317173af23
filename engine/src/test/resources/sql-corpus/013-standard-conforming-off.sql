--! standard_conforming_strings=off
select 'a\'b; c';
select 'd';
