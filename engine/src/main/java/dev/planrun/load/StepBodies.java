package dev.planrun.load;

import dev.planrun.load.YamlNode.Scalar;
import dev.planrun.load.YamlNode.Sequence;
import dev.planrun.model.ConfigSetStep;
import dev.planrun.model.FileCopyStep;
import dev.planrun.model.ManualStep;
import dev.planrun.model.PipStep;
import dev.planrun.model.ShellStep;
import dev.planrun.model.SqlStep;
import dev.planrun.model.Step;
import dev.planrun.model.StepCommon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of each step type, and binding them into the step records. */
final class StepBodies {

    /** Step types in the order the documentation lists them, with their own keys. */
    static final Map<String, List<String>> KEYS = keys();

    private StepBodies() {
    }

    private static Map<String, List<String>> keys() {
        Map<String, List<String>> k = new LinkedHashMap<>();
        k.put("sql", List.of("connection", "file", "script", "transaction", "vars", "expect-output", "client"));
        k.put("shell", List.of("run", "script", "cwd", "env", "success-codes", "creates", "expect-output"));
        k.put("file-copy", List.of("from", "to", "mode", "overwrite", "preserve", "strip-components"));
        k.put("pip", List.of("python", "venv", "packages", "upgrade", "index-url", "find-links", "no-index", "uninstall"));
        k.put("config-set", List.of("format", "file", "omero", "section", "key", "value", "unset", "after"));
        k.put("manual", List.of("instructions"));
        return java.util.Collections.unmodifiableMap(k);
    }

    /** "a pip step field" when {@code key} belongs to another step type than {@code type}. */
    static String otherTypeHint(String key, String type) {
        List<String> owners = new ArrayList<>();
        KEYS.forEach((t, keys) -> {
            if (!t.equals(type) && keys.contains(key)) {
                owners.add(t);
            }
        });
        return owners.isEmpty() ? null
                : "'" + key + "' is a field of " + String.join(" and ", owners) + " steps; this step is " + type;
    }

    static Step bind(String type, MapFields f, StepCommon common) {
        switch (type) {
            case "sql":
                oneOf(f, "file", "script", "a sql step runs a script file (file:) or an inline script (script: |)");
                return new SqlStep(common, f.requiredText("connection", "the name of a connection under 'connections'"),
                        f.text("file"), f.text("script"), f.word("transaction", SqlStep.Transaction.class, SqlStep.Transaction.AUTO),
                        f.textMap("vars"), f.text("expect-output"), f.word("client", SqlStep.SqlClient.class, SqlStep.SqlClient.JDBC));
            case "shell":
                oneOf(f, "run", "script", "a shell step runs a program (run: [program, args]) or a bash script (script: |)");
                return new ShellStep(common, argv(f), f.text("script"), f.text("cwd"), f.textMap("env"), codes(f),
                        f.text("creates"), f.text("expect-output"));
            case "file-copy":
                return new FileCopyStep(common, f.requiredText("from", "the source path"), f.requiredText("to", "the target path"),
                        f.word("mode", FileCopyStep.Mode.class, FileCopyStep.Mode.COPY),
                        f.word("overwrite", FileCopyStep.Overwrite.class, FileCopyStep.Overwrite.FALSE), f.flag("preserve", false),
                        stripComponents(f));
            case "pip":
                oneOf(f, "python", "venv", "pip runs in an interpreter (python: .../bin/python) or a virtualenv (venv: DIR)");
                List<String> packages = f.texts("packages", "requirements, e.g. [\"omero-py>=5.19.4\"]");
                if (!f.has("packages")) {
                    f.missing("packages", "the requirements to install, e.g. [\"omero-py>=5.19.4\"]");
                }
                boolean uninstall = f.flag("uninstall", false);
                if (uninstall) {
                    notWith(f, "upgrade", "'upgrade' is for installing; an uninstall step removes its packages");
                }
                return new PipStep(common, f.text("python"), f.text("venv"), packages, f.flag("upgrade", false),
                        f.text("index-url"), f.text("find-links"), f.flag("no-index", false), uninstall);
            case "config-set":
                return configSet(f, common);
            default:
                return new ManualStep(common, f.requiredText("instructions", "what a person has to do"));
        }
    }

    private static ConfigSetStep configSet(MapFields f, StepCommon common) {
        ConfigSetStep.Format format = f.word("format", ConfigSetStep.Format.class, null);
        if (!f.has("format")) {
            f.missing("format", "one of omero, properties, ini, python, yaml, json");
        }
        if (format == ConfigSetStep.Format.OMERO) {
            if (!f.has("omero") && !f.has("file")) {
                f.missing("omero", "the path of bin/omero, whose 'config set' is used for the omero format");
            }
            notWith(f, "file", "the omero format goes through 'omero:' (bin/omero config), not a file");
        } else if (format != null) {
            if (!f.has("file")) {
                f.missing("file", "the configuration file to change");
            }
            notWith(f, "omero", "'omero:' is for format omero only");
        }
        if (format != null && format != ConfigSetStep.Format.INI) {
            notWith(f, "section", "sections exist in the ini format only");
        }
        if (format != null && format != ConfigSetStep.Format.PYTHON) {
            notWith(f, "after", "'after' places a new line in the python format only");
        }
        boolean unset = f.flag("unset", false);
        if (unset && f.has("value")) {
            f.error("value", "a config-set step either sets a value or has unset: true, not both");
        } else if (!unset && !f.has("value")) {
            f.missing("value", "the new value, or unset: true to remove the key");
        }
        return new ConfigSetStep(common, format, f.text("file"), f.text("omero"), f.text("section"),
                f.requiredText("key", "the configuration key"), f.text("value"), unset, f.text("after"));
    }

    /** {@code strip-components: N}, for extract only: as tar's, the first N names of each entry dropped. */
    private static int stripComponents(MapFields f) {
        Integer n = f.integer("strip-components");
        if (n == null) {
            return 0;
        }
        if (!"extract".equals(f.text("mode"))) {
            f.error("strip-components", "strip-components applies to mode: extract only");
        }
        return n;
    }

    private static void notWith(MapFields f, String key, String why) {
        if (f.has(key)) {
            f.error(key, why);
        }
    }

    /** Exactly one of two keys. */
    private static void oneOf(MapFields f, String a, String b, String what) {
        if (f.has(a) && f.has(b)) {
            f.error(b, "a step takes '" + a + "' or '" + b + "', not both");
        } else if (!f.has(a) && !f.has(b) && !f.suggested(a) && !f.suggested(b)) {
            f.problems().error(f.position(), "missing '" + a + "' or '" + b + "' in " + f.where() + " (" + what + ")");
        }
    }

    private static List<String> argv(MapFields f) {
        YamlNode n = f.node("run");
        if (n instanceof Scalar s && !s.isNull()) {
            f.error("run", "expected a list (the program and its arguments; no shell splits it), got a string;"
                    + " write run: [program, arg, ...] or use script: for a shell command line");
            return null;
        }
        return f.texts("run", "program arguments");
    }

    private static List<Integer> codes(MapFields f) {
        YamlNode n = f.node("success-codes");
        if (n == null) {
            return null;
        }
        if (!(n instanceof Sequence seq)) {
            f.expected("success-codes", n, "a list of exit codes, e.g. [0, 2]");
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Integer code = f.integer(item, "'success-codes' in " + f.where());
            if (code != null) {
                out.add(code);
            } else {
                f.failed("success-codes");
            }
        }
        return out;
    }
}
