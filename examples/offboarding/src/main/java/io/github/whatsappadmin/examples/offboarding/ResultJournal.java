package io.github.whatsappadmin.examples.offboarding;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The run's memory: one JSON line per number, appended and forced to disk as soon as the number is done, so that a run
 * that is killed loses nothing. A new run reads it back and sends only what is not settled. A line that cannot be
 * read (the process died while writing it) is ignored: that number is simply sent again.
 */
final class ResultJournal implements Closeable {

    static final String FILE_NAME = "journal.ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileChannel channel;

    private ResultJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** The last result recorded for each phone number ID; empty when there is no journal yet. */
    static Map<String, NumberResult> load(Path file) throws IOException {
        Map<String, NumberResult> results = new HashMap<>();
        if (!Files.exists(file)) {
            return results;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                NumberResult result = JSON.readValue(line, NumberResult.class);
                results.put(result.phoneNumberId(), result);
            } catch (JsonProcessingException e) {
                // a line cut short by a kill: its number was in flight and is sent again
            }
        }
        return results;
    }

    static ResultJournal openForAppend(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        channel.position(channel.size());
        ResultJournal journal = new ResultJournal(channel);
        if (channel.size() > 0 && !endsWithNewline(channel)) {
            journal.write("\n"); // end a line cut short by a kill, so the next line stands alone
        }
        return journal;
    }

    /** Writes the result and waits until it is on disk. */
    void append(NumberResult result) throws IOException {
        write(JSON.writeValueAsString(result) + "\n");
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, channel.size() - 1);
        return last.get(0) == '\n';
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
