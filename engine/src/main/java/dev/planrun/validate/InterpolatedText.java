package dev.planrun.validate;

import dev.planrun.model.Check;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.ConnectionSpec;
import dev.planrun.model.Expect;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.ParamSpec;
import dev.planrun.model.PipStep;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The texts of a step, check, connection or param that {@code ${...}} references are resolved
 * in (the fields the interpolation resolves; ids, needs and connection names never are), each
 * with the key it is written under.
 */
final class InterpolatedText {

    /** A text and the key it is written under; {@code script} marks a shell or SQL script body. */
    record Field(String key, String text, boolean script) {
    }

    private final List<Field> fields = new ArrayList<>();

    private InterpolatedText() {
    }

    static List<Field> of(Step step) {
        InterpolatedText t = new InterpolatedText();
        t.add("title", step.common().title());
        if (step instanceof SqlStep s) {
            t.add("file", s.file());
            t.script("script", s.script());
            t.map("vars", s.vars());
            t.add("expect-output", s.expectOutput());
        } else if (step instanceof ShellStep s) {
            t.list("run", s.run());
            t.script("script", s.script());
            t.add("cwd", s.cwd());
            t.map("env", s.env());
            t.add("creates", s.creates());
            t.add("expect-output", s.expectOutput());
        } else if (step instanceof FileCopyStep s) {
            t.add("from", s.from());
            t.add("to", s.to());
        } else if (step instanceof PipStep s) {
            t.add("python", s.python());
            t.add("venv", s.venv());
            t.list("packages", s.packages());
            t.add("index-url", s.indexUrl());
            t.add("find-links", s.findLinks());
        } else if (step instanceof ConfigSetStep s) {
            t.add("file", s.file());
            t.add("omero", s.omero());
            t.add("section", s.section());
            t.add("key", s.key());
            t.add("value", s.value());
            t.add("after", s.after());
        } else if (step instanceof ManualStep s) {
            t.add("instructions", s.instructions());
        }
        return t.fields;
    }

    /** A check's own texts: its message, its wait's references, and a leaf's query, command, path and expectation. */
    static List<Field> of(Check check) {
        InterpolatedText t = new InterpolatedText();
        t.add("message", check.meta().message());
        if (check.meta().polling() != null) {
            t.add("timeout", check.meta().polling().timeoutText());
            t.add("interval", check.meta().polling().intervalText());
        }
        Expect expect = null;
        if (check instanceof Check.SqlCheck c) {
            t.add("query", c.query());
            expect = c.expect();
        } else if (check instanceof Check.CommandCheck c) {
            t.list("run", c.run());
            t.add("cwd", c.cwd());
            t.map("env", c.env());
            expect = c.expect();
        } else if (check instanceof Check.FileCheck c) {
            t.add("path", c.path());
            expect = c.expect();
        } else if (check instanceof Check.ParamCheck c) {
            expect = c.expect();
        }
        if (expect != null) {
            t.add("equals", expect.equals());
            t.add("matches", expect.matches());
            t.add("at-least", expect.atLeast());
            t.add("at-most", expect.atMost());
        }
        return t.fields;
    }

    static List<Field> of(ConnectionSpec c) {
        InterpolatedText t = new InterpolatedText();
        t.add("url", c.url());
        t.add("user", c.user());
        t.add("password", c.password());
        return t.fields;
    }

    static List<Field> of(ParamSpec p) {
        InterpolatedText t = new InterpolatedText();
        if (p.defaultValue() instanceof List<?> items) {
            items.forEach(i -> t.add("default", String.valueOf(i)));
        } else if (p.defaultValue() != null) {
            t.add("default", String.valueOf(p.defaultValue()));
        }
        return t.fields;
    }

    private void add(String key, String text) {
        if (text != null && text.indexOf('$') >= 0) {
            fields.add(new Field(key, text, false));
        }
    }

    private void script(String key, String text) {
        if (text != null && text.indexOf('$') >= 0) {
            fields.add(new Field(key, text, true));
        }
    }

    private void list(String key, List<String> items) {
        if (items != null) {
            items.forEach(i -> add(key, i));
        }
    }

    private void map(String key, Map<String, String> map) {
        if (map != null) {
            map.values().forEach(v -> add(key, v));
        }
    }
}
