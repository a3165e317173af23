--! var NAME=O'Brien
--! var PATH=C:\dir
select :'NAME' as name, :'PATH' as path;
