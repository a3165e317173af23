\set DIR /opt/omero
\set FILE :DIR/report.sql
\i :FILE
\echo :'DIR' :"DIR" :unknown
