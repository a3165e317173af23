package dev.planrun.interp;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Replaces every secret value in a text by {@code ******}. */
public final class Masker {

    public static final String MASK = "******";
    public static final Masker NONE = new Masker(Set.of());

    private final List<String> secrets;

    public Masker(Set<String> secrets) {
        // longest first, so that a secret containing another is masked whole
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    public boolean isEmpty() {
        return secrets.isEmpty();
    }
}
