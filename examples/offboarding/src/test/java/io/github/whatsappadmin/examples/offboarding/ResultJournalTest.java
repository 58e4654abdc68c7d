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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultJournalTest {

    /** What a live run records as its target; the test only writes and reads journals, it sends nothing. */
    private static final String GRAPH = WhatsAppAdminConfiguration.DEFAULT_BASE_URL;
    private static final JournalOrigin DEMO = new JournalOrigin("demo", "http://localhost:40001", "v23.0", "1.0.0",
            "2026-01-01T00:00:00Z");
    private static final JournalOrigin LIVE = new JournalOrigin("live", GRAPH, "v23.0", "1.0.0",
            "2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private static NumberResult result(String id, Outcome outcome) {
        return new NumberResult(id, "label, with comma", "", outcome, "CONNECTED", "CLOUD_API", null, null, 200,
                "AbCdEfGhIjK", 1, 12, null, null, null, "2026-01-01T00:00:00Z", false,
                List.of(new Attempt(Attempt.CHECK, "2026-01-01T00:00:00Z", 5, Attempt.SUCCESS, null, null, 200,
                        "AbCdEfGhIjK", null),
                        new Attempt(Attempt.DEREGISTER, "2026-01-01T00:00:00Z", 12, Attempt.SUCCESS, null, null, 200,
                                "AbCdEfGhIjK", null)));
    }

    private static Map<String, NumberResult> reopen(Path file, JournalOrigin origin) throws Exception {
        try (ResultJournal journal = ResultJournal.open(file, origin)) {
            return journal.earlier();
        }
    }

    @Test
    void whatIsAppendedIsReadBackTheLastResultWinning() throws Exception {
        Path file = dir.resolve("sub").resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            assertThat(journal.earlier()).isEmpty();
            journal.append(result("1001", Outcome.RETRY_LATER));
            journal.append(result("1002", Outcome.FAILED));
        }
        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        Map<String, NumberResult> loaded = reopen(file, DEMO);

        assertThat(loaded).containsOnlyKeys("1001", "1002");
        assertThat(loaded.get("1001")).isEqualTo(result("1001", Outcome.DEREGISTERED));
        assertThat(loaded.get("1002")).isEqualTo(result("1002", Outcome.FAILED));
    }

    @Test
    void theFirstLineSaysWhatWroteTheJournal() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, LIVE)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        assertThat(Files.readAllLines(file).get(0)).isEqualTo("{\"journal\":{\"mode\":\"live\","
                                                              + "\"graph_base_url\":\"" + GRAPH
                                                              + "\",\"api_version\":\"v23.0\","
                                                              + "\"job_version\":\"1.0.0\",\"created_at\":\"2026-01-01T00:00:00Z\"}}");
    }

    @Test
    void aJournalOfAnotherModeIsRefused() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        assertThatThrownBy(() -> ResultJournal.open(file, LIVE)).isInstanceOf(InputException.class)
                .hasMessageContaining("was written by a demo run against the embedded simulator with v23.0; this is"
                                      + " a live run against " + GRAPH + " with v23.0")
                .hasMessageContaining("nothing was sent");
        // and the other way round
        Path live = dir.resolve("live").resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(live, LIVE)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }
        assertThatThrownBy(() -> ResultJournal.open(live, DEMO)).isInstanceOf(InputException.class)
                .hasMessageContaining("was written by a live run");
    }

    @Test
    void aJournalOfAnotherGraphBaseUrlOrApiVersionIsRefused() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, LIVE)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        assertThatThrownBy(() -> ResultJournal.open(file, new JournalOrigin("live", "https://graph.example.com",
                "v23.0", "1.0.0", "2026-01-02T00:00:00Z"))).isInstanceOf(InputException.class)
                .hasMessageContaining("this is a live run against https://graph.example.com with v23.0");
        assertThatThrownBy(() -> ResultJournal.open(file, new JournalOrigin("live", GRAPH,
                "v24.0", "1.0.0", "2026-01-02T00:00:00Z"))).isInstanceOf(InputException.class)
                .hasMessageContaining("with v24.0");
        // what was refused is left as it was
        assertThat(reopen(file, LIVE)).containsOnlyKeys("1001");
    }

    @Test
    void aDemoJournalResumesAgainstAnotherSimulatorPort() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }

        assertThat(reopen(file, new JournalOrigin("demo", "http://localhost:40002", "v23.0", "1.0.1",
                "2026-01-02T00:00:00Z"))).containsOnlyKeys("1001");
    }

    @Test
    void aJournalThatDoesNotSayWhatWroteItIsRefused() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        Files.writeString(file, "{\"phone_number_id\":\"1001\",\"outcome\":\"deregistered\"}\n");

        assertThatThrownBy(() -> ResultJournal.open(file, LIVE)).isInstanceOf(InputException.class)
                .hasMessageContaining("does not say which mode and Graph API wrote it");
    }

    @Test
    void aLineCutShortByAKillIsIgnoredAndTheNextLineStandsAlone() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            journal.append(result("1001", Outcome.DEREGISTERED));
        }
        Files.writeString(file, Files.readString(file) + "{\"phone_number_id\":\"1002\",\"out");

        try (ResultJournal journal = ResultJournal.open(file, DEMO)) {
            assertThat(journal.earlier()).containsOnlyKeys("1001");
            journal.append(result("1003", Outcome.DEREGISTERED));
        }
        assertThat(reopen(file, DEMO)).containsOnlyKeys("1001", "1003");
    }

    @Test
    void aJournalKilledWhileWritingItsFirstLineStartsAfresh() throws Exception {
        Path file = dir.resolve(ResultJournal.FILE_NAME);
        Files.writeString(file, "{\"journal\":{\"mode\":\"de");

        assertThat(reopen(file, DEMO)).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(1).allMatch(l -> l.startsWith("{\"journal\":{\"mode\":\"demo\""));
    }
}
