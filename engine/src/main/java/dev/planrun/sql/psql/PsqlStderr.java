package dev.planrun.sql.psql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads psql's stderr (with {@code VERBOSITY=verbose}) line by line into {@link PsqlMessage}s;
 * a message is complete when the next one starts or the stream ends.
 */
final class PsqlStderr {

    private static final Pattern START = Pattern.compile(
            "^psql:(.*):(\\d+): (ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|LOG|DEBUG|error|warning|fatal):\\s+(.*)$");
    private static final Pattern OWN = Pattern.compile("^psql: (error|fatal|warning): (.*)$");
    private static final Pattern SQLSTATE = Pattern.compile("^([0-9A-Z]{5}): (.*)$", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile(
            "^(DETAIL|HINT|QUERY|CONTEXT|LOCATION|STATEMENT|SCHEMA NAME|TABLE NAME|COLUMN NAME|DATATYPE NAME"
                    + "|CONSTRAINT NAME):  (.*)$");
    private static final Pattern LINE = Pattern.compile("^(LINE (\\d+): )(.*)$");

    private final Consumer<PsqlMessage> messages;
    private String file;
    private int line;
    private String severity;
    private final Map<String, StringBuilder> fields = new LinkedHashMap<>();
    private String last;
    private int lineNumber;
    private String lineText;
    private int linePrefix;
    private int caret = -1;

    PsqlStderr(Consumer<PsqlMessage> messages) {
        this.messages = messages;
    }

    void line(String text) {
        Matcher m = START.matcher(text);
        Matcher own = OWN.matcher(text);
        if (m.matches()) {
            finish();
            file = m.group(1);
            line = Integer.parseInt(m.group(2));
            begin(m.group(3), m.group(4));
        } else if (own.matches()) {
            finish();
            file = null;
            line = 0;
            begin(own.group(1), own.group(2));
        } else if (severity == null) {
            begin("error", text); // something psql said that is not a message of a statement
        } else if ((m = FIELD.matcher(text)).matches()) {
            last = m.group(1);
            fields.put(last, new StringBuilder(m.group(2)));
        } else if ((m = LINE.matcher(text)).matches() && lineNumber == 0) {
            lineNumber = Integer.parseInt(m.group(2));
            linePrefix = m.group(1).length();
            lineText = m.group(3);
            last = null;
        } else if (lineText != null && caret < 0 && text.matches(" *\\^")) {
            caret = text.indexOf('^') - linePrefix;
        } else if (last != null) {
            fields.get(last).append('\n').append(text);
        }
    }

    private void begin(String severity, String text) {
        this.severity = severity;
        last = "MESSAGE";
        fields.put(last, new StringBuilder(text));
    }

    /** Completes the message in progress (call at the end of the stream). */
    void finish() {
        if (severity == null) {
            return;
        }
        String text = fields.get("MESSAGE").toString();
        String sqlState = null;
        Matcher s = SQLSTATE.matcher(text);
        if (s.matches()) {
            sqlState = s.group(1);
            text = s.group(2);
        }
        messages.accept(new PsqlMessage(file, line, severity, sqlState, text, field("DETAIL"), field("HINT"),
                field("CONTEXT"), lineNumber, lineText, caret));
        severity = null;
        fields.clear();
        last = null;
        lineNumber = 0;
        lineText = null;
        caret = -1;
    }

    private String field(String name) {
        StringBuilder b = fields.get(name);
        return b == null ? null : b.toString();
    }
}
