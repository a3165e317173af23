package dev.planrun.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The scripts the SQL benchmark runs, written on the fly (never held in memory whole). */
final class SqlBenchScripts {

    private SqlBenchScripts() {
    }

    /** {@code rows} single-row INSERTs, with or without BEGIN ... COMMIT around them. */
    static Path inserts(Path dir, int rows, boolean transaction) throws IOException {
        Path file = dir.resolve(transaction ? "inserts.sql" : "inserts-autocommit.sql");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (transaction) {
                w.write("BEGIN;\n");
            }
            w.write("CREATE TABLE bench_insert (id int PRIMARY KEY, name text NOT NULL, amount numeric(12,2), "
                    + "created date);\n");
            for (int i = 1; i <= rows; i++) {
                w.write("INSERT INTO bench_insert VALUES (" + i + ", 'name " + i + "', " + i + ".25, '2020-01-01');\n");
            }
            if (transaction) {
                w.write("COMMIT;\n");
            }
        }
        return file;
    }

    /**
     * About {@code bytes} of DDL in one transaction, in the style of an upgrade script: tables with
     * an index, PL/pgSQL functions with long {@code $$} bodies, triggers, comments.
     */
    static Path ddl(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("ddl.sql");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("BEGIN;\n");
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String group = group(i);
                w.write(group);
                written += group.length();
            }
            w.write("SELECT E'\\n\\nYOU HAVE SUCCESSFULLY UPGRADED YOUR DATABASE\\n' AS Status;\nCOMMIT;\n");
        }
        return file;
    }

    private static String group(int i) {
        StringBuilder b = new StringBuilder();
        b.append("CREATE TABLE ddl_").append(i).append(" (id bigint PRIMARY KEY, name text NOT NULL, ")
                .append("version int NOT NULL DEFAULT 0, unit text, size double precision);\n");
        b.append("CREATE INDEX ddl_").append(i).append("_name ON ddl_").append(i).append(" (name);\n");
        for (int f = 0; f < 3; f++) {
            b.append("CREATE OR REPLACE FUNCTION ddl_").append(i).append("_check").append(f)
                    .append("(expected int) RETURNS void AS $$\nDECLARE\n    found int;\n    note text;\nBEGIN\n")
                    .append("    SELECT count(*) INTO found FROM ddl_").append(i).append(";\n");
            for (int k = 0; k < 8; k++) {
                b.append("    IF found = ").append(k).append(" AND expected <> ").append(k)
                        .append(" THEN\n        note := 'unexpected count ' || found || '; wanted ' || expected;\n")
                        .append("        RAISE EXCEPTION 'check % failed: %', ").append(f).append(", note;\n")
                        .append("    END IF;\n");
            }
            b.append("END;$$ LANGUAGE plpgsql;\n");
        }
        b.append("CREATE FUNCTION ddl_").append(i).append("_touch() RETURNS trigger AS $$\nBEGIN\n")
                .append("    NEW.version := OLD.version + 1;\n    RETURN NEW;\nEND;$$ LANGUAGE plpgsql;\n");
        b.append("CREATE TRIGGER ddl_").append(i).append("_touch BEFORE UPDATE ON ddl_").append(i)
                .append(" FOR EACH ROW EXECUTE FUNCTION ddl_").append(i).append("_touch();\n");
        b.append("COMMENT ON TABLE ddl_").append(i).append(" IS 'sizes in µm, Å or °';\n");
        return b.toString();
    }

    /** A {@code COPY ... FROM stdin} of about {@code bytes} of data. */
    static Path copy(Path dir, String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("CREATE TABLE bench_copy (id bigint, name text, amount numeric(12,2), note text, created date);\n");
            w.write("COPY bench_copy (id, name, amount, note, created) FROM stdin;\n");
            long written = 0;
            for (long i = 1; written < bytes; i++) {
                String row = i + "\tname " + i + "\t" + (i % 100000) + ".25\tphysical size in µm; note "
                        + (i % 977) + "\t2020-01-01\n";
                w.write(row);
                written += row.length();
            }
            w.write("\\.\n");
            w.write("SELECT count(*) AS rows FROM bench_copy;\n");
        }
        return file;
    }
}
