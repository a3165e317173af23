select U&'d\0061t\+000061; x';
select U&"d\0061t\+000061" from t;
select u&'x' UESCAPE '!';
