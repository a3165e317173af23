package dev.planrun.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds tiny pure-Python wheels for pip tests: a module whose {@code __version__} is the
 * distribution's version, and the {@code METADATA}, {@code WHEEL} and {@code RECORD} pip needs.
 */
public final class Wheels {

    private Wheels() {
    }

    /** Writes {@code name-version-py3-none-any.whl} into {@code dir}; {@code requires} become Requires-Dist lines. */
    public static Path build(Path dir, String name, String version, String... requires) throws IOException {
        String module = name.replace('-', '_');
        String distInfo = module + "-" + version + ".dist-info";
        StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version + "\n");
        for (String requirement : requires) {
            metadata.append("Requires-Dist: ").append(requirement).append('\n');
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(module + "/__init__.py", "__version__ = '" + version + "'\n");
        files.put(distInfo + "/METADATA", metadata.toString());
        files.put(distInfo + "/WHEEL", "Wheel-Version: 1.0\nGenerator: planrun-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n");
        StringBuilder record = new StringBuilder();
        files.forEach((path, content) -> record.append(path).append(",sha256=").append(digest(content)).append(',')
                .append(content.getBytes(StandardCharsets.UTF_8).length).append('\n'));
        record.append(distInfo).append("/RECORD,,\n");
        files.put(distInfo + "/RECORD", record.toString());

        Path wheel = Files.createDirectories(dir).resolve(module + "-" + version + "-py3-none-any.whl");
        try (OutputStream out = Files.newOutputStream(wheel); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return wheel;
    }

    private static String digest(String content) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
