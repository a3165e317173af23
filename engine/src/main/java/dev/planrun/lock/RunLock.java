package dev.planrun.lock;

import dev.planrun.journal.PrivateFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock ({@link FileChannel#tryLock()}) on {@code <state>/locks/<plan-id>-<digest>.lock}.
 * The operating system releases it when the process ends however it ends, so there is no stale
 * lock to clean up. While held, the file says who holds it (pid, host, start time, run id); the
 * file itself stays behind, unlocked, after the run.
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path file;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock without waiting.
     *
     * @param holder what the lock file records, e.g. {@code pid 4242 on db1 since 2026-11-23T19:30:00Z (run ...)}
     * @throws LockHeldException when another holder has it
     */
    public static RunLock acquire(Path file, String holder) throws IOException, LockHeldException {
        PrivateFiles.directories(file.getParent());
        // never truncate before holding the lock: the file names the current holder
        FileChannel channel = FileChannel.open(PrivateFiles.file(file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String current = readHolder(channel);
            channel.close();
            throw new LockHeldException("another run holds the lock " + file
                    + (current.isEmpty() ? "" : ": " + current), current);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
        return new RunLock(file, channel, lock);
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(4096);
        channel.read(buf, 0);
        return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    }

    public Path file() {
        return file;
    }

    /** Releases the lock; the file stays. */
    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }
}
