-- A small database at OMERO5.3__0, in the shape of OMERO's: dbpatch records the version.
CREATE SEQUENCE seq_dbpatch;
CREATE TABLE dbpatch (
    id int8 PRIMARY KEY DEFAULT nextval('seq_dbpatch'),
    permissions int8 NOT NULL DEFAULT -52,
    external_id int8 UNIQUE,
    currentVersion varchar(255) NOT NULL,
    currentPatch int4 NOT NULL,
    previousVersion varchar(255) NOT NULL,
    previousPatch int4 NOT NULL,
    finished timestamp,
    message varchar(255)
);
INSERT INTO dbpatch (currentVersion, currentPatch, previousVersion, previousPatch, finished, message)
    VALUES ('OMERO5.2', 0, 'OMERO5.1', 1, '2016-05-01 12:00:00', 'Database ready.'),
           ('OMERO5.3', 0, 'OMERO5.2', 0, '2017-02-01 12:00:00', 'Database ready.');
CREATE SEQUENCE _lock_seq;
CREATE TABLE annotation (id int8 PRIMARY KEY, ns text, textvalue text, version int4);
CREATE TABLE pixels (id int8 PRIMARY KEY, physicalsizex double precision, physicalsizexunit text);
INSERT INTO annotation VALUES (1, 'openmicroscopy.org/omero/insight/rating', '5', 0),
                              (2, NULL, 'Größe: 5 µm', 0);
INSERT INTO pixels VALUES (1, 0.5, 'MICROMETER'), (2, 1.25, 'ANGSTROM'), (3, NULL, NULL);
