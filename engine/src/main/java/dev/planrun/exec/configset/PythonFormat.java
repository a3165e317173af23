package dev.planrun.exec.configset;

import dev.planrun.model.ConfigSetStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python settings modules (Django's {@code local_settings.py}): top-level {@code KEY = <expression>}
 * statements. The value is a Python expression written as given. A statement may span several
 * lines (open brackets, backslashes, triple-quoted strings): the whole statement is replaced or
 * removed. A new key goes after the statement of {@code after} when there is one, else at the end.
 * Python keeps the last assignment: that is the one read and replaced.
 */
final class PythonFormat implements TextFormat {

    private record Statement(int first, int last, String prefix, String expression) {
    }

    @Override
    public Optional<String> read(String text, ConfigSetStep step) {
        List<Statement> matches = statements(TextFormat.lines(text), step.key());
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(matches.size() - 1).expression());
    }

    @Override
    public String edit(String text, ConfigSetStep step) {
        List<String> lines = TextFormat.lines(text);
        List<Statement> matches = statements(lines, step.key());
        if (step.unset()) {
            for (int i = matches.size() - 1; i >= 0; i--) {
                TextFormat.replace(lines, matches.get(i).first(), matches.get(i).last(), List.of());
            }
            return matches.isEmpty() ? text : TextFormat.text(lines);
        }
        String value = step.value().strip();
        if (!matches.isEmpty()) {
            Statement last = matches.get(matches.size() - 1);
            if (last.expression().equals(value)) {
                return text;
            }
            TextFormat.replace(lines, last.first(), last.last(), assignment(last.prefix(), value));
            return TextFormat.text(lines);
        }
        List<Statement> anchor = step.after() == null ? List.of() : statements(lines, step.after());
        int at = anchor.isEmpty() ? lines.size() : anchor.get(anchor.size() - 1).last() + 1;
        lines.addAll(at, assignment(step.key() + " = ", value));
        return TextFormat.text(lines);
    }

    private static List<String> assignment(String prefix, String expression) {
        List<String> out = new ArrayList<>(expression.lines().toList());
        out.set(0, prefix + out.get(0));
        return out;
    }

    private static List<Statement> statements(List<String> lines, String key) {
        Pattern start = Pattern.compile("^(" + Pattern.quote(key) + "\\s*=(?!=)\\s*)(.*)$");
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = start.matcher(lines.get(i));
            if (m.matches()) {
                int last = end(lines, i);
                List<String> rest = new ArrayList<>(lines.subList(i, last + 1));
                rest.set(0, m.group(2));
                out.add(new Statement(i, last, m.group(1), String.join("\n", rest).strip()));
                i = last;
            }
        }
        return out;
    }

    /** The last line of the statement starting at {@code first}: brackets closed, no open string or backslash. */
    private static int end(List<String> lines, int first) {
        int depth = 0;
        String quote = null;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (quote != null) {
                    if (ch == '\\') {
                        c++;
                    } else if (line.startsWith(quote, c)) {
                        c += quote.length() - 1;
                        quote = null;
                    }
                } else if (ch == '#') {
                    break;
                } else if (ch == '"' || ch == '\'') {
                    quote = line.startsWith(String.valueOf(ch).repeat(3), c) ? String.valueOf(ch).repeat(3) : String.valueOf(ch);
                    c += quote.length() - 1;
                } else if ("([{".indexOf(ch) >= 0) {
                    depth++;
                } else if (")]}".indexOf(ch) >= 0) {
                    depth--;
                }
            }
            if (quote != null && quote.length() == 1) {
                quote = null; // an unterminated one-line string ends with its line
            }
            if (depth <= 0 && quote == null && !line.endsWith("\\")) {
                return i;
            }
        }
        return lines.size() - 1;
    }
}
