package dev.planrun.exec.configset;

import dev.planrun.exec.undo.DurableJson;
import dev.planrun.model.ConfigSetStep;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A configuration file edited through a {@link TextFormat}. The file is rewritten atomically (a
 * temporary file beside it, renamed over it) with its permissions, owner and group kept; a
 * symlinked file is written where the link points.
 */
final class FileTarget implements ConfigTarget {

    private final ConfigSetStep step;
    private final TextFormat format;
    private final Path file;

    FileTarget(ConfigSetStep step, TextFormat format) {
        this.step = step;
        this.format = format;
        this.file = Path.of(step.file());
    }

    @Override
    public String where() {
        return step.file();
    }

    @Override
    public Optional<String> current() throws IOException {
        return format.read(text(), step);
    }

    @Override
    public boolean changes() throws IOException {
        String text = text();
        return !format.edit(text, step).equals(text);
    }

    @Override
    public ConfigUndo undoRecord() throws IOException {
        boolean existed = Files.exists(file);
        return new ConfigUndo(1, step.format().name(), step.file(), null, step.key(), existed,
                existed ? ConfigUndo.encode(Files.readAllBytes(file)) : null);
    }

    @Override
    public void apply() throws IOException {
        write(format.edit(text(), step).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void restore(ConfigUndo undo) throws IOException {
        if (undo.existed()) {
            write(undo.previousBytes());
        } else {
            Files.deleteIfExists(file);
        }
    }

    @Override
    public List<String> notes() throws IOException {
        List<String> notes = new ArrayList<>();
        if (!Files.exists(file)) {
            notes.add(file + " does not exist now" + (step.unset() ? "" : ": it will be created"));
        } else if (step.format() == ConfigSetStep.Format.YAML && text().lines().anyMatch(l -> l.strip().startsWith("#"))
                && changes()) {
            notes.add("the comments in " + file + " are not kept when it is rewritten");
        }
        return notes;
    }

    private String text() throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private void write(byte[] content) throws IOException {
        Path target = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".planrun-tmp");
        Files.write(tmp, content);
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        if (Files.exists(target)) {
            PosixFileAttributes was = Files.readAttributes(target, PosixFileAttributes.class);
            PosixFileAttributeView now = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            now.setPermissions(was.permissions());
            if (!was.owner().equals(now.readAttributes().owner()) || !was.group().equals(now.readAttributes().group())) {
                now.setOwner(was.owner());
                now.setGroup(was.group());
            }
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        DurableJson.forceDirectory(target.getParent());
    }
}
