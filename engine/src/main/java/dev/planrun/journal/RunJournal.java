package dev.planrun.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.planrun.events.RunEvent;
import dev.planrun.events.RunListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The run's journal: one JSON object per line, appended and forced to disk (fsync) before the
 * engine takes its next action, so that after a crash the journal says exactly which steps had
 * started and which had finished. Output lines are not journaled (they are in the step logs);
 * their summary is.
 */
public final class RunJournal implements RunListener, AutoCloseable {

    private final FileChannel channel;
    private final ObjectMapper json;

    /**
     * Opens (creating or appending to) a journal file. A last line cut short by a killed process
     * is removed first, so that the next event starts on a line of its own.
     */
    public RunJournal(Path file) throws IOException {
        this.channel = FileChannel.open(PrivateFiles.file(file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        this.json = JournalJson.mapper();
        channel.truncate(endOfLastCompleteLine());
        channel.position(channel.size());
    }

    private long endOfLastCompleteLine() throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        for (long pos = channel.size() - 1; pos >= 0; pos--) {
            one.clear();
            channel.read(one, pos);
            if (one.get(0) == '\n') {
                return pos + 1;
            }
        }
        return 0;
    }

    @Override
    public void any(RunEvent event) {
        if (event instanceof RunEvent.StepOutput || event instanceof RunEvent.StepProgress) {
            return; // the step log has the output; progress is for the terminal, and would force a write each time
        }
        try {
            byte[] line = (json.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buf = ByteBuffer.wrap(line);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            channel.force(true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a journal event", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
