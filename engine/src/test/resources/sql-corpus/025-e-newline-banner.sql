SELECT E'\n\n\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE TO VERSION ' ||
       currentversion || '__' || CAST(currentpatch AS TEXT) || E'\n\n\n' AS Status
  FROM dbpatch WHERE id = (SELECT id FROM dbpatch ORDER BY id DESC LIMIT 1);
COMMIT;
