-- unités: µm, Å, °
INSERT INTO unit (symbol) VALUES ('µm'), ('Å'), ('°C');
SELECT 'ünïcödé ✓' AS "naïve;column";
SELECT 1;
