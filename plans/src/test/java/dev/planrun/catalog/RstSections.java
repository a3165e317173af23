package dev.planrun.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The section headings of a reStructuredText document, in order. A heading is a line of text
 * followed by an adornment line (one punctuation character repeated) at least as long; its level
 * is the order in which its adornment style first appears. A section is named by its text, or by
 * "Parent &gt; Text" when the text repeats in the document.
 */
record RstSections(List<Heading> headings) {

    private static final Pattern ADORNMENT = Pattern.compile("([=\\-~^\"*#+`:.'_])\\1{2,}");

    record Heading(String text, int level, String parent, int line) {
    }

    static RstSections parse(List<String> lines) {
        List<String> styles = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String under = lines.get(i);
            String text = lines.get(i - 1);
            if (!ADORNMENT.matcher(under).matches() || text.isBlank() || Character.isWhitespace(text.charAt(0))
                    || ADORNMENT.matcher(text).matches() || under.length() < text.strip().length()) {
                continue;
            }
            boolean overlined = i >= 2 && lines.get(i - 2).equals(under);
            String style = under.charAt(0) + (overlined ? "/over" : "");
            if (!styles.contains(style)) {
                styles.add(style);
            }
            int level = styles.indexOf(style);
            headings.add(new Heading(text.strip(), level, parentOf(headings, level), i));
        }
        return new RstSections(List.copyOf(headings));
    }

    private static String parentOf(List<Heading> before, int level) {
        for (int j = before.size() - 1; j >= 0; j--) {
            if (before.get(j).level() < level) {
                return before.get(j).text();
            }
        }
        return null;
    }

    /** Every section's name, in document order. */
    List<String> names() {
        Map<String, Integer> counts = new HashMap<>();
        headings.forEach(h -> counts.merge(h.text(), 1, Integer::sum));
        Set<String> names = new LinkedHashSet<>();
        for (Heading h : headings) {
            names.add(counts.get(h.text()) == 1 ? h.text() : h.parent() + " > " + h.text());
        }
        return List.copyOf(names);
    }
}
