package dev.planrun.interp;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ${name}} reference found in a text, with its offset in that text.
 *
 * @param offset index of the {@code $} in the text
 */
public record Reference(String name, int offset) {

    /**
     * The references in a text, in order; {@code $${} is an escape, not a reference.
     * An unclosed {@code ${} is returned with a null name.
     */
    public static List<Reference> scan(String text) {
        List<Reference> refs = new ArrayList<>();
        if (text == null) {
            return refs;
        }
        int i = 0;
        while ((i = text.indexOf("${", i)) >= 0) {
            if (i > 0 && text.charAt(i - 1) == '$') {
                i += 2;
                continue;
            }
            int end = text.indexOf('}', i + 2);
            if (end < 0) {
                refs.add(new Reference(null, i));
                break;
            }
            refs.add(new Reference(text.substring(i + 2, end).trim(), i));
            i = end + 1;
        }
        return refs;
    }
}
