package dev.planrun.exec.undo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Writes and reads undo records as JSON. A write goes to a temporary file that is forced to disk
 * and then renamed over the record, and the directory is forced too: after a crash the record is
 * the old one or the new one, never half of each. Records are readable by their owner only (they
 * may describe configuration values).
 */
public final class DurableJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public void write(Path file, Object value) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(mapper.writeValueAsBytes(value));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.toAbsolutePath().getParent());
    }

    public <T> Optional<T> read(Path file, Class<T> type) throws IOException {
        return Files.exists(file) ? Optional.of(mapper.readValue(file.toFile(), type)) : Optional.empty();
    }

    public <T> Optional<T> read(Path file, TypeReference<T> type) throws IOException {
        return Files.exists(file) ? Optional.of(mapper.readValue(file.toFile(), type)) : Optional.empty();
    }

    /** The mapper, for records that also need to be parsed from other programs' JSON. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Makes a rename or creation in {@code dir} durable. */
    public static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
