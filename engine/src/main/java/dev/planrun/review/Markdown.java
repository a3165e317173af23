package dev.planrun.review;

/** Escaping for Markdown (GitHub flavour): table cells, code spans, free text. */
final class Markdown {

    private Markdown() {
    }

    /** Free text: HTML-looking characters and Markdown emphasis made literal. */
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
                case '\\', '`', '*', '_', '[', ']', '#', '|' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
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
