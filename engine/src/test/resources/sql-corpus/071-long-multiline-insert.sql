INSERT INTO big (id, label) VALUES
  (1, 'one'),
  (2, 'two; 2'),
  (3, 'three'),
  (4, $$four$$),
  (5, E'five\n');
