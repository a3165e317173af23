package dev.planrun.examples.sim;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * A pure-Python wheel built locally (a zip: the modules plus {@code NAME-VERSION.dist-info} with
 * METADATA, WHEEL, entry_points.txt and RECORD), so that pip installs it with no package index.
 *
 * @param files          module files by path inside the wheel, e.g. {@code omero/__init__.py}
 * @param requires       Requires-Dist lines, e.g. {@code omero-py>=5.19.3}
 * @param consoleScripts console scripts, name to {@code module:function}
 */
public record Wheel(String name, String version, Map<String, String> files, List<String> requires,
                    Map<String, String> consoleScripts) {

    /** The wheel's file name, e.g. {@code omero_py-5.19.4-py3-none-any.whl}. */
    public String fileName() {
        return distribution() + "-" + version + "-py3-none-any.whl";
    }

    /** Writes the wheel into {@code dir} and returns its path. */
    public Path writeInto(Path dir) throws IOException {
        Files.createDirectories(dir);
        String info = distribution() + "-" + version + ".dist-info/";
        Map<String, String> all = new LinkedHashMap<>(files);
        StringBuilder metadata = new StringBuilder("Metadata-Version: 2.1\nName: " + name + "\nVersion: " + version
                + "\nSummary: simulated " + name + " (planrun test fixture)\n");
        requires.forEach(r -> metadata.append("Requires-Dist: ").append(r).append('\n'));
        all.put(info + "METADATA", metadata.toString());
        all.put(info + "WHEEL", "Wheel-Version: 1.0\nGenerator: planrun-sim\nRoot-Is-Purelib: true\nTag: py3-none-any\n");
        if (!consoleScripts.isEmpty()) {
            StringBuilder entryPoints = new StringBuilder("[console_scripts]\n");
            consoleScripts.forEach((script, target) -> entryPoints.append(script).append(" = ").append(target).append('\n'));
            all.put(info + "entry_points.txt", entryPoints.toString());
        }
        StringBuilder record = new StringBuilder();
        Path wheel = dir.resolve(fileName());
        try (OutputStream out = Files.newOutputStream(wheel); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, String> f : all.entrySet()) {
                byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
                put(zip, f.getKey(), bytes);
                record.append(f.getKey()).append(",sha256=").append(digest(bytes)).append(',').append(bytes.length).append('\n');
            }
            record.append(info).append("RECORD,,\n");
            put(zip, info + "RECORD", record.toString().getBytes(StandardCharsets.UTF_8));
        }
        return wheel;
    }

    private String distribution() {
        return name.replaceAll("[-_.]+", "_");
    }

    private static void put(ZipArchiveOutputStream zip, String path, byte[] bytes) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(path);
        entry.setUnixMode(0644);
        zip.putArchiveEntry(entry);
        zip.write(bytes);
        zip.closeArchiveEntry();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
