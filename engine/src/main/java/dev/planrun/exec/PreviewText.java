package dev.planrun.exec;

import dev.planrun.interp.Masker;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** How executors show commands and values to a reviewer: pasteable, and never a secret. */
public final class PreviewText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "secret", "token");

    private PreviewText() {
    }

    /** The argv as a POSIX shell would need it typed: each argument quoted when it has to be. */
    public static String command(List<String> argv) {
        return argv.stream().map(PreviewText::quote).collect(Collectors.joining(" "));
    }

    /** One argument quoted for a POSIX shell, when it has to be. */
    public static String quote(String arg) {
        if (!arg.isEmpty() && PLAIN.matcher(arg).matches()) {
            return arg;
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }

    /** True when a key's name says it holds a secret ({@code omero.db.pass}word, {@code SECRET_KEY}, tokens). */
    public static boolean secretName(String key) {
        String lower = key == null ? "" : key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains) || lower.endsWith(".pass");
    }

    /** A value as shown beside its key: {@code ******} for secret keys, otherwise masked by the run's secrets. */
    public static String value(String key, String value, Masker masker) {
        if (value == null) {
            return null;
        }
        return secretName(key) ? Masker.MASK : masker.mask(value);
    }
}
