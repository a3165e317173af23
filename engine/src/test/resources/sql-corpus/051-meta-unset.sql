\set X 1
select :X;
\unset X
select :X;
