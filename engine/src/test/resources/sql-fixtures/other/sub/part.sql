-- included by ../include-relative.sql
INSERT INTO :"TABLE" VALUES (1, 'from the included file');
