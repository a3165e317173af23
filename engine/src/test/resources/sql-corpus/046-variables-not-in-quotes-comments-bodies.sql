--! var V=42
select ':V', $$:V$$, ":V", E':V' -- :V
/* :V */ , :V;
