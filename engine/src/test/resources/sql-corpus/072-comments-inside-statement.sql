select 1 -- first; column
     , 2 /* second */
     , 3;
