select B'101', X'1F', N'national; text';
select b'1';
