\i report.sql
\ir sub/part.sql
\include other.sql
\include_relative 'with space.sql'
select 1;
