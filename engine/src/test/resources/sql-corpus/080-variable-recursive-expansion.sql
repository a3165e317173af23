--! var SELF=:SELF
select :SELF;
