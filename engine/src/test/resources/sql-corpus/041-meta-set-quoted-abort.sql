\set ACTION '''ABORT'''
\timing
\i omero-4.1-permissions-report.sql
select * from omero_41_check(:ACTION);
