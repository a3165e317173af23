package dev.planrun.sql.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of the parser corpus: {@code NNN-name.sql} beside {@code NNN-name.expected}. Lines
 * {@code --! var NAME=VALUE} set psql variables before the script runs and
 * {@code --! standard_conforming_strings=off} turns that setting off; both are ordinary comments
 * to the parser.
 */
record CorpusCase(Path sql, Map<String, String> initialVariables, boolean standardConformingStrings) {

    static CorpusCase of(Path sql) throws IOException {
        Map<String, String> vars = new LinkedHashMap<>();
        boolean scs = true;
        for (String line : Files.readAllLines(sql, StandardCharsets.UTF_8)) {
            if (line.startsWith("--! var ")) {
                String spec = line.substring("--! var ".length());
                int eq = spec.indexOf('=');
                vars.put(spec.substring(0, eq), spec.substring(eq + 1));
            } else if (line.equals("--! standard_conforming_strings=off")) {
                scs = false;
            }
        }
        return new CorpusCase(sql, vars, scs);
    }

    Path expected() {
        String name = sql.getFileName().toString();
        return sql.resolveSibling(name.substring(0, name.length() - 4) + ".expected");
    }

    /** Parses the case, applying {@code \set} and {@code unset} as psql would, and renders every item. */
    String render() throws IOException {
        Map<String, String> vars = new LinkedHashMap<>(initialVariables);
        StringBuilder out = new StringBuilder();
        try (ScriptParser parser = new ScriptParser(Files.newInputStream(sql), vars::get, standardConformingStrings)) {
            for (ScriptItem item; (item = parser.next()) != null; ) {
                render(item, vars, out);
            }
        }
        return out.toString();
    }

    static String render(String script) throws IOException {
        StringBuilder out = new StringBuilder();
        Map<String, String> vars = new LinkedHashMap<>();
        try (ScriptParser parser = ScriptParser.of(script, vars::get)) {
            for (ScriptItem item; (item = parser.next()) != null; ) {
                render(item, vars, out);
            }
        }
        return out.toString();
    }

    private static void render(ScriptItem item, Map<String, String> vars, StringBuilder out) throws IOException {
        if (item instanceof SqlStatement s) {
            out.append("## statement ").append(range(s)).append('\n').append(s.text()).append('\n');
        } else if (item instanceof CopyFromStdin c) {
            out.append("## copy ").append(range(c.statement())).append('\n')
                    .append(c.statement().text()).append('\n').append("## data\n");
            out.append(new String(c.data().readAllBytes(), StandardCharsets.UTF_8));
        } else if (item instanceof MetaCommand m) {
            out.append("## meta ").append(m.start()).append(" \\").append(m.name())
                    .append(' ').append(quoted(m.arguments()));
            if (m.shellCommand()) {
                out.append(" shell");
            }
            out.append('\n');
            List<String> a = m.arguments();
            if (m.name().equals("set") && !a.isEmpty()) {
                vars.put(a.get(0), String.join("", a.subList(1, a.size())));
            } else if (m.name().equals("unset") && !a.isEmpty()) {
                vars.remove(a.get(0));
            }
        }
    }

    private static String range(SqlStatement s) {
        String r = s.start() + "-" + s.end();
        return s.keywordStart().equals(s.start()) ? r : r + " (first token " + s.keywordStart() + ")";
    }

    private static String quoted(List<String> args) {
        StringBuilder b = new StringBuilder("[");
        for (String a : args) {
            if (b.length() > 1) {
                b.append(", ");
            }
            b.append('«').append(a.replace("\n", "\\n")).append('»');
        }
        return b.append(']').toString();
    }
}
