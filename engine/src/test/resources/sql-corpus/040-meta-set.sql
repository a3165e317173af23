\set TARGET OMERO5.4
\set EMPTY
\set JOINED a 'b c' d
select :'TARGET', :'EMPTY', :'JOINED';
