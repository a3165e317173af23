package dev.planrun.sql.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A query result in psql's default (aligned) format: centred headers, a rule, rows with numbers
 * right-aligned, {@code +} where a value continues on the next line, and {@code (n rows)}.
 */
final class AlignedTable {

    private final List<String> headers = new ArrayList<>();
    private final List<Boolean> rightAligned = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();

    static AlignedTable of(ResultSet rs) throws SQLException {
        AlignedTable t = new AlignedTable();
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        for (int i = 1; i <= n; i++) {
            t.headers.add(md.getColumnLabel(i));
            t.rightAligned.add(isNumeric(md.getColumnType(i)));
        }
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 1; i <= n; i++) {
                String v = rs.getString(i);
                row[i - 1] = v == null ? "" : v;
            }
            t.rows.add(row);
        }
        return t;
    }

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.NUMERIC,
                 Types.DECIMAL -> true;
            default -> false;
        };
    }

    /** Prints the table, line by line, ending with the row count and an empty line. */
    void print(Consumer<String> out) {
        int n = headers.size();
        if (n == 0) {
            out.accept("--");
        } else {
            int[] width = widths();
            StringBuilder header = new StringBuilder();
            StringBuilder rule = new StringBuilder();
            for (int j = 0; j < n; j++) {
                int pad = width[j] - length(headers.get(j));
                header.append(' ').append(" ".repeat(pad / 2)).append(headers.get(j))
                        .append(" ".repeat(pad - pad / 2)).append(' ').append(j < n - 1 ? "|" : "");
                rule.append(j > 0 ? "+" : "").append("-".repeat(width[j] + 2));
            }
            out.accept(header.toString());
            out.accept(rule.toString());
            for (String[] row : rows) {
                printRow(row, width, out);
            }
        }
        out.accept(rows.size() == 1 ? "(1 row)" : "(" + rows.size() + " rows)");
        out.accept("");
    }

    private void printRow(String[] row, int[] width, Consumer<String> out) {
        int n = row.length;
        String[][] cells = new String[n][];
        int height = 1;
        for (int j = 0; j < n; j++) {
            cells[j] = row[j].split("\n", -1);
            height = Math.max(height, cells[j].length);
        }
        for (int k = 0; k < height; k++) {
            StringBuilder line = new StringBuilder();
            for (int j = 0; j < n; j++) {
                boolean present = k < cells[j].length;
                boolean continues = k < cells[j].length - 1;
                boolean last = j == n - 1;
                String v = present ? cells[j][k] : "";
                int pad = width[j] - length(v);
                line.append(' ');
                if (rightAligned.get(j)) {
                    line.append(" ".repeat(pad)).append(v);
                } else {
                    line.append(v).append(!last || continues ? " ".repeat(pad) : "");
                }
                if (continues) {
                    line.append('+');
                } else if (!last) {
                    line.append(' ');
                }
                if (!last) {
                    line.append('|');
                }
            }
            out.accept(line.toString());
        }
    }

    private int[] widths() {
        int[] width = new int[headers.size()];
        for (int j = 0; j < width.length; j++) {
            width[j] = length(headers.get(j));
        }
        for (String[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                for (String part : row[j].split("\n", -1)) {
                    width[j] = Math.max(width[j], length(part));
                }
            }
        }
        return width;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
