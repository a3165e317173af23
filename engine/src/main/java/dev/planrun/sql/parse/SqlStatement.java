package dev.planrun.sql.parse;

/**
 * One SQL statement as it will be sent to the server: the script's text from its first character
 * (leading whitespace and {@code --} comments dropped, as psql drops them) up to, not including,
 * the terminating {@code ;}, with psql variables substituted.
 *
 * @param text         what is sent
 * @param start        where {@code text} starts
 * @param keywordStart where its first word (or other token that is not a comment) starts: the
 *                     line an error without a position is reported on
 * @param end          where the terminating {@code ;} is (or where the script ended)
 * @param terminated   false when the script ended before a {@code ;} (psql sends the rest anyway)
 * @param traits       what the statement does, from its leading words
 * @param positions    maps characters of {@code text} back to the script
 */
public record SqlStatement(String text, LineColumn start, LineColumn keywordStart, LineColumn end,
                           boolean terminated, StatementTraits traits, PositionMap positions) implements ScriptItem {

    /**
     * Where a server error position (1-based, counted in characters of {@code text}, as
     * {@code ServerErrorMessage.getPosition()} gives it) was written; {@link #keywordStart} when
     * the position is 0 or outside the text.
     */
    public LineColumn locate(int serverPosition) {
        if (serverPosition <= 0) {
            return keywordStart;
        }
        int codePoints = text.codePointCount(0, text.length());
        if (serverPosition > codePoints) {
            return keywordStart;
        }
        return positions.locate(text, text.offsetByCodePoints(0, serverPosition - 1));
    }

    /** The first {@code max} characters of the text on one line, for reports. */
    public String excerpt(int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }
}
