package dev.planrun.exec.configset;

import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Java properties files. Each logical line (with its backslash continuations) is parsed by
 * {@link Properties} itself, and a new line is written by {@link Properties#store}, so escapes
 * follow the format exactly; comments, blank lines and order stay as they are. As in
 * {@code Properties}, the last line of a key wins: that is the line replaced.
 */
final class PropertiesFormat implements TextFormat {

    private record Entry(int first, int last, String key, String value) {
    }

    @Override
    public Optional<String> read(String text, ConfigSetStep step) throws IOException {
        List<Entry> matches = matches(TextFormat.lines(text), step.key());
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(matches.size() - 1).value());
    }

    @Override
    public String edit(String text, ConfigSetStep step) throws IOException {
        List<String> lines = TextFormat.lines(text);
        List<Entry> matches = matches(lines, step.key());
        if (step.unset()) {
            if (matches.isEmpty()) {
                return text;
            }
            for (int i = matches.size() - 1; i >= 0; i--) {
                TextFormat.replace(lines, matches.get(i).first(), matches.get(i).last(), List.of());
            }
            return TextFormat.text(lines);
        }
        List<String> line = format(step.key(), step.value());
        if (matches.isEmpty()) {
            lines.addAll(line);
        } else {
            Entry last = matches.get(matches.size() - 1);
            if (last.value().equals(step.value())) {
                return text;
            }
            TextFormat.replace(lines, last.first(), last.last(), line);
        }
        return TextFormat.text(lines);
    }

    private static List<Entry> matches(List<String> lines, String key) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String start = lines.get(i).stripLeading();
            if (start.isEmpty() || start.startsWith("#") || start.startsWith("!")) {
                continue;
            }
            int last = i;
            while (continues(lines.get(last)) && last + 1 < lines.size()) {
                last++;
            }
            Properties parsed = new Properties();
            parsed.load(new StringReader(String.join("\n", lines.subList(i, last + 1))));
            if (parsed.containsKey(key)) {
                out.add(new Entry(i, last, key, parsed.getProperty(key)));
            }
            i = last;
        }
        return out;
    }

    /** A line ending with an odd number of backslashes continues on the next. */
    private static boolean continues(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static List<String> format(String key, String value) throws IOException {
        Properties one = new Properties();
        one.setProperty(key, value);
        StringWriter out = new StringWriter();
        one.store(out, null);
        return out.toString().lines().filter(l -> !l.startsWith("#")).toList();
    }
}
