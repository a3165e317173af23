package dev.planrun.exec.configset;

import dev.planrun.model.ConfigSetStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ini files: {@code [section]} headers, {@code key = value} or {@code key: value} lines,
 * {@code ;} and {@code #} comments, indented continuation lines (as Python's configparser reads
 * them). Without a {@code section}, keys before the first header. A replaced line keeps its own
 * spacing around the delimiter; a missing section is appended.
 */
final class IniFormat implements TextFormat {

    private static final Pattern SECTION = Pattern.compile("^\\s*\\[([^\\]]*)\\]\\s*([;#].*)?$");
    private static final Pattern ENTRY = Pattern.compile("^([^\\s=:;#\\[][^=:]*?)(\\s*[=:]\\s*)(.*)$");

    private record Entry(int first, int last, String prefix, String value) {
    }

    /** Lines {@code start} (inclusive) to {@code end} (exclusive) of one section; {@code header} -1 when absent. */
    private record Section(int header, int start, int end) {
    }

    @Override
    public Optional<String> read(String text, ConfigSetStep step) {
        List<String> lines = TextFormat.lines(text);
        List<Entry> matches = section(lines, step.section()).map(s -> matches(lines, s, step.key())).orElse(List.of());
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(matches.size() - 1).value());
    }

    @Override
    public String edit(String text, ConfigSetStep step) {
        List<String> lines = TextFormat.lines(text);
        Optional<Section> section = section(lines, step.section());
        List<Entry> matches = section.map(s -> matches(lines, s, step.key())).orElse(List.of());
        if (step.unset()) {
            for (int i = matches.size() - 1; i >= 0; i--) {
                TextFormat.replace(lines, matches.get(i).first(), matches.get(i).last(), List.of());
            }
            return matches.isEmpty() ? text : TextFormat.text(lines);
        }
        if (!matches.isEmpty()) {
            Entry last = matches.get(matches.size() - 1);
            if (last.value().equals(step.value())) {
                return text;
            }
            TextFormat.replace(lines, last.first(), last.last(), entry(last.prefix(), step.value()));
        } else if (section.isPresent()) {
            int at = section.get().start();
            for (int i = section.get().start(); i < section.get().end(); i++) {
                if (!lines.get(i).isBlank()) {
                    at = i + 1;
                }
            }
            lines.addAll(at, entry(step.key() + " = ", step.value()));
        } else {
            if (!lines.isEmpty() && !lines.get(lines.size() - 1).isBlank()) {
                lines.add("");
            }
            lines.add("[" + step.section() + "]");
            lines.addAll(entry(step.key() + " = ", step.value()));
        }
        return TextFormat.text(lines);
    }

    private static Optional<Section> section(List<String> lines, String name) {
        int header = -1;
        for (int i = 0; i <= lines.size(); i++) {
            Matcher m = i < lines.size() ? SECTION.matcher(lines.get(i)) : null;
            boolean boundary = i == lines.size() || m.matches();
            if (boundary && (name == null ? header == -1 : header >= 0 && name.equals(sectionName(lines.get(header))))) {
                return Optional.of(new Section(header, header + 1, i));
            }
            if (boundary && i < lines.size()) {
                header = i;
            }
        }
        return Optional.empty();
    }

    private static String sectionName(String headerLine) {
        Matcher m = SECTION.matcher(headerLine);
        return m.matches() ? m.group(1).strip() : null;
    }

    private static List<Entry> matches(List<String> lines, Section section, String key) {
        List<Entry> out = new ArrayList<>();
        for (int i = section.start(); i < section.end(); i++) {
            Matcher m = ENTRY.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int last = i;
            StringBuilder value = new StringBuilder(m.group(3));
            while (last + 1 < section.end() && !lines.get(last + 1).isBlank()
                    && Character.isWhitespace(lines.get(last + 1).charAt(0))) {
                last++;
                value.append('\n').append(lines.get(last).strip());
            }
            if (m.group(1).strip().equals(key)) {
                out.add(new Entry(i, last, m.group(1) + m.group(2), value.toString().strip()));
            }
            i = last;
        }
        return out;
    }

    /** The lines of an entry; the lines of a multi-line value after the first are indented. */
    private static List<String> entry(String prefix, String value) {
        List<String> valueLines = value.lines().toList();
        List<String> out = new ArrayList<>();
        out.add(prefix + (valueLines.isEmpty() ? "" : valueLines.get(0)));
        valueLines.stream().skip(1).forEach(l -> out.add("    " + l));
        return out;
    }
}
