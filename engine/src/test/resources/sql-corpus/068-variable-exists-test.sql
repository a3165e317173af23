--! var SET_ONE=x
select :{?SET_ONE}, :{?NOT_SET};
