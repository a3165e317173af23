-- A small database at OMERO4.1__0.
CREATE TABLE dbpatch (id serial PRIMARY KEY, currentVersion varchar(255), currentPatch int4,
                      previousVersion varchar(255), previousPatch int4, finished timestamp, message varchar(255));
INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch, finished, message)
    VALUES ('OMERO4.1', 0, 'OMERO4', 0, '2010-01-01 00:00:00', 'Database ready.');
CREATE TABLE experimentergroup (id int8 PRIMARY KEY, name text, permissions int8);
CREATE TABLE image (id int8 PRIMARY KEY, name text, group_id int8 REFERENCES experimentergroup);
INSERT INTO experimentergroup VALUES (1, 'system', -120), (2, 'lab', -52), (3, 'shared', -40);
INSERT INTO image VALUES (1, 'a.tif', 2), (2, 'b.tif', 3), (3, 'c.tif', 3);
