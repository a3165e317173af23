/* outer /* inner; 'quote */ still comment; "x" */
select 1 /* mid; /* deeper */ ; */ + 1;
select 2;
