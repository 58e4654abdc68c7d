/*
 * Copyright The camel-whatsapp-admin Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.whatsappadmin.examples.offboarding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The run's memory: a first line saying what wrote it ({@link JournalOrigin}), then one JSON line per number, appended
 * and forced to disk as soon as the number is done, so that a run that is killed loses nothing. A new run reads it
 * back and sends only what is not settled, but only when the journal was written in the same mode against the same
 * Graph API: a demo result never stands for a live one. A line that cannot be read (the process died while writing
 * it) is ignored: that number is simply sent again.
 */
final class ResultJournal implements RunJournal {

    static final String FILE_NAME = "journal.ndjson";
    /** The field of the first line that holds the {@link JournalOrigin}. */
    static final String ORIGIN = "journal";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final FileChannel channel;
    private final Map<String, NumberResult> earlier;

    private ResultJournal(Path file, FileChannel channel, Map<String, NumberResult> earlier) {
        this.file = file;
        this.channel = channel;
        this.earlier = earlier;
    }

    /**
     * Opens the journal for a run with the given origin, creating it when there is none. Refuses, before anything is
     * sent, a journal that another mode or target wrote, or one that does not say what wrote it.
     */
    static ResultJournal open(Path file, JournalOrigin origin) throws IOException, InputException {
        Map<String, NumberResult> earlier = new HashMap<>();
        JournalOrigin written = readChecked(file, origin, earlier);
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        try {
            ResultJournal journal = new ResultJournal(file, channel, earlier);
            if (written == null) {
                channel.truncate(0); // nothing readable in it: start it with its origin
                journal.write(JSON.writeValueAsString(Map.of(ORIGIN, origin)) + "\n");
            } else {
                channel.position(channel.size());
                if (!endsWithNewline(channel)) {
                    journal.write("\n"); // end a line cut short by a kill, so the next line stands alone
                }
            }
            return journal;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * What {@link #open} would take from the journal, with the same refusals, without creating or changing it: for a
     * {@code --plan} run, whose results must never stand for a real run's.
     */
    static Map<String, NumberResult> readOnly(Path file, JournalOrigin origin) throws IOException, InputException {
        Map<String, NumberResult> earlier = new HashMap<>();
        readChecked(file, origin, earlier);
        return earlier;
    }

    private static JournalOrigin readChecked(Path file, JournalOrigin origin, Map<String, NumberResult> earlier)
            throws IOException, InputException {
        JournalOrigin written = Files.exists(file) ? read(file, earlier) : null;
        if (written == null && !earlier.isEmpty()) {
            throw new InputException(file.toAbsolutePath() + " does not say which mode and Graph API wrote it (an"
                                     + " earlier version of this job did not record it), so its results cannot be"
                                     + " trusted for " + origin.describe() + ". Nothing was sent. Use another"
                                     + " --report-dir, or delete the journal to start over.");
        }
        if (written != null && !origin.sameTargetAs(written)) {
            throw new InputException(file.toAbsolutePath() + " was written by " + written.describe() + "; this is "
                                     + origin.describe() + ". Results of one cannot stand for the other, so nothing"
                                     + " was sent. Use another --report-dir (or the journal's mode and"
                                     + " --api-version), or delete the journal to start over.");
        }
        return written;
    }

    @Override
    public String describe() {
        return file.toAbsolutePath().toString();
    }

    @Override
    public Map<String, NumberResult> earlier() {
        return earlier;
    }

    /** One instance per file: it may send every number. */
    @Override
    public Claim claim(String phoneNumberId) {
        return Claim.GRANTED;
    }

    /** Writes the result and waits until it is on disk. */
    @Override
    public void append(NumberResult result) throws IOException {
        write(JSON.writeValueAsString(result) + "\n");
    }

    /** Fills {@code results} with the last result of each number; returns the origin, or null when none was read. */
    private static JournalOrigin read(Path file, Map<String, NumberResult> results) throws IOException {
        JournalOrigin origin = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node.has(ORIGIN)) {
                    origin = origin == null && results.isEmpty()
                            ? JSON.treeToValue(node.get(ORIGIN), JournalOrigin.class) : origin;
                } else {
                    NumberResult result = JSON.treeToValue(node, NumberResult.class);
                    results.put(result.phoneNumberId(), result);
                }
            } catch (JsonProcessingException e) {
                // a line cut short by a kill: its number was in flight and is sent again
            }
        }
        return origin;
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    private static boolean endsWithNewline(FileChannel channel) throws IOException {
        if (channel.size() == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, channel.size() - 1);
        return last.get(0) == '\n';
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
