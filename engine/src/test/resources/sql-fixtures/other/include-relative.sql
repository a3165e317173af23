-- \ir reads a file beside this one; variables come from the options.
CREATE TABLE :"TABLE" (id int, label text);
\ir sub/part.sql
INSERT INTO :"TABLE" VALUES (2, :'LABEL');
SELECT * FROM :"TABLE" ORDER BY id;
