package io.github.whatsappadmin.examples.offboarding;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ResultJournalTest {

    @TempDir
    Path dir;

    private static NumberResult result(String id, Outcome outcome) {
        return new NumberResult(id, "label, with comma", "", outcome, null, null, 200, "AbCdEfGhIjK", 1, 12, null,
                null, "2026-01-01T00:00:00Z", false);
    }

    @Test
    void whatIsAppendedIsReadBackTheLastResultWinning() throws Exception {
        Path file = dir.resolve("sub").resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.openForAppend(file)) {
            journal.append(result("1001", Outcome.RETRY_LATER));
            journal.append(result("1002", Outcome.FAILED));
        }
        try (ResultJournal journal = ResultJournal.openForAppend(file)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        Map<String, NumberResult> loaded = ResultJournal.load(file);

        assertThat(loaded).containsOnlyKeys("1001", "1002");
        assertThat(loaded.get("1001")).isEqualTo(result("1001", Outcome.DEREGISTERED));
        assertThat(loaded.get("1002")).isEqualTo(result("1002", Outcome.FAILED));
    }

    @Test
    void aLineCutShortByAKillIsIgnoredAndTheNextLineStandsAlone() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.openForAppend(file)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }
        Files.writeString(file, Files.readString(file) + "{\"phone_number_id\":\"1002\",\"out");

        assertThat(ResultJournal.load(file)).containsOnlyKeys("1001");

        try (ResultJournal journal = ResultJournal.openForAppend(file)) {
            journal.append(result("1003", Outcome.DEREGISTERED));
        }
        assertThat(ResultJournal.load(file)).containsOnlyKeys("1001", "1003");
    }

    @Test
    void noJournalYetMeansNothingIsDone() throws Exception {
        assertThat(ResultJournal.load(dir.resolve(ResultJournal.FILE_NAME))).isEmpty();
    }
}
