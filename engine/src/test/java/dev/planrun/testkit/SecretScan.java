package dev.planrun.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Searches every file under a directory for a secret: as written, and base64-encoded (undo
 * records keep earlier file contents and values as base64 strings), at any alignment, so that an
 * encoded copy cannot pass for no copy.
 */
public final class SecretScan {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{8,}={0,2}");

    private SecretScan() {
    }

    /** Each file holding the secret, relative to {@code root}, with {@code " (base64)"} when it is encoded. */
    public static List<String> findings(Path root, String secret) {
        List<String> out = new ArrayList<>();
        // ISO-8859-1 maps bytes one to one, so the search sees the file's bytes whatever they are
        String wanted = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                String name = root.relativize(f).toString();
                if (text.contains(wanted)) {
                    out.add(name);
                } else if (inBase64(text, wanted)) {
                    out.add(name + " (base64)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static boolean inBase64(String text, String wanted) {
        Matcher m = BASE64.matcher(text);
        while (m.find()) {
            String run = m.group();
            for (int start = 0; start < 4 && run.length() - start >= 4; start++) {
                String aligned = run.substring(start, start + (run.length() - start) / 4 * 4);
                try {
                    if (new String(Base64.getDecoder().decode(aligned), StandardCharsets.ISO_8859_1).contains(wanted)) {
                        return true;
                    }
                } catch (IllegalArgumentException notBase64) {
                    // padding in the middle: not an encoding at this alignment
                }
            }
        }
        return false;
    }

    /**
     * The directories under {@code root} not 0700 and the files not 0600, with their modes. What a
     * step's {@code backup} directory holds keeps its own mode (rollback restores it): only that
     * directory itself counts.
     */
    public static List<String> notPrivate(Path root) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted().toList()) {
                if (p.getParent() != null && root.relativize(p.getParent()).toString().matches("(.*/)?backup(/.*)?")) {
                    continue;
                }
                if (writtenByAStep(root.relativize(p))) {
                    continue;
                }
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                String wanted = Files.isDirectory(p) ? "rwx------" : "rw-------";
                if (!mode.equals(wanted)) {
                    out.add(root.relativize(p) + " " + mode);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * Whether a path of {@code runs/} is a file a plan's step wrote into its {@code ${run.dir}} (a
     * work copy, say) rather than planrun's own: it keeps the mode the step gave it, inside the
     * private run directory.
     */
    private static boolean writtenByAStep(Path relative) {
        if (relative.getNameCount() < 3) { // PLAN and PLAN/RUN are planrun's; then PLAN/RUN/ITEM/...
            return false;
        }
        String item = relative.getName(2).toString();
        return !List.of("journal.jsonl", "report.md", "report.json", "steps").contains(item);
    }
}
