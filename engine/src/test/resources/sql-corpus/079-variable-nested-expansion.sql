--! var INNER=1
--! var OUTER=:INNER + 1
select :OUTER;
