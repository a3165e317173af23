\set NL 'line1\nline2'
\set OCT '\101\x42'
\set DQ "kept quotes"
\set BQ `date`
