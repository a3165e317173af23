-- leading comment; with a semicolon
select 1; -- trailing comment; here
-- between
select 2 -- inside; the statement
  , 3;
