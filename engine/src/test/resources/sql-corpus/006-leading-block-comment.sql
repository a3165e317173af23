/* header: license; text */
create table b (id int);

/* step 2 */ select 1;
