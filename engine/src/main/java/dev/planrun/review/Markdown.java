package dev.planrun.review;

/** Escaping for Markdown (GitHub flavour): table cells, code spans, free text. */
final class Markdown {

    private Markdown() {
    }

    /**
     * Free text: HTML-looking characters and Markdown emphasis made literal. Underscores inside a
     * word ({@code server_dir}, {@code OMERO5.3__1}) cannot start emphasis and stay as they are.
     */
    static String text(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '_' -> out.append(insideWord(text, i) ? "_" : "\\_");
                case '\\', '`', '*', '[', ']', '#', '|' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the run of underscores at {@code i} has a letter or digit on both sides. */
    private static boolean insideWord(String text, int i) {
        int start = i;
        while (start > 0 && text.charAt(start - 1) == '_') {
            start--;
        }
        int end = i;
        while (end < text.length() - 1 && text.charAt(end + 1) == '_') {
            end++;
        }
        return start > 0 && end < text.length() - 1 && Character.isLetterOrDigit(text.charAt(start - 1))
                && Character.isLetterOrDigit(text.charAt(end + 1));
    }

    /** A table cell: as {@link #text} (which escapes {@code |}), line breaks as {@code <br>}. */
    static String cell(String text) {
        return text(text).replace("\r", "").replace("\n", "<br>");
    }

    /**
     * A code span that survives any content: a fence of more backticks than the text holds in a
     * row, {@code |} escaped so that tables keep their columns, line breaks flattened.
     */
    static String code(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String flat = text.replace("\r", "").replace('\n', ' ').replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < flat.length(); i++) {
            run = flat.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
    }

    /** A fenced block (for scripts and details) whose fence is longer than any backtick run inside. */
    static String block(String info, String body) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + info + "\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
