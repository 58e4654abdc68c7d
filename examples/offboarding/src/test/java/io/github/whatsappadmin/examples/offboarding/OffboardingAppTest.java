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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The command as a user runs it: modes, refusals, exit codes. Nothing here reaches the real Graph API. */
class OffboardingAppTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> environment, String... args) {
        return new OffboardingApp(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** The command with --live sent to the simulator on loopback instead of Graph. */
    private int runLiveAgainst(GraphApiSimulator graph, Map<String, String> environment, String... args) {
        out.reset();
        err.reset();
        return new OffboardingApp(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, graph.baseUrl()).run(args);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path reportDir() {
        return dir.resolve("report");
    }

    private Path csv(String content) throws Exception {
        return Files.writeString(dir.resolve("numbers.csv"), content);
    }

    @Test
    void withoutCredentialsTheDemoRunsAgainstTheEmbeddedSimulatorAndEndsCleanly() {
        int exitCode = run(Map.of(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isZero();
        List<String> lines = outLines();
        assertThat(lines.get(0)).matches("No WHATSAPP_ACCESS_TOKEN/--live: running against the embedded Graph API"
                                         + " simulator at http://localhost:\\d+ \\(demo data.*");
        assertThat(lines).anyMatch(l -> l.startsWith("[12/12] "));
        assertThat(lines).anyMatch(l -> l.startsWith("Every number ended as the demo expects"));
        assertThat(lines.get(lines.size() - 3))
                .isEqualTo("Report: " + reportDir().resolve("report.html").toAbsolutePath());
        assertThat(lines.get(lines.size() - 2).strip())
                .isEqualTo(reportDir().resolve("report.csv").toAbsolutePath().toString());
        assertThat(lines.get(lines.size() - 1).strip())
                .isEqualTo(reportDir().resolve("report.json").toAbsolutePath().toString());
        assertThat(reportDir().resolve("report.csv")).exists();
        assertThat(reportDir().resolve("report.html")).exists();
        assertThat(errText()).isEmpty();
    }

    @Test
    void aTokenWithoutLiveStillRunsTheDemoAndSaysSo() throws Exception {
        // a one-number list keeps this short; the token in the environment is not used
        Path input = csv("phone_number_id,label\n106540352242922,Support line Berlin\n");

        int exitCode = run(Map.of("WHATSAPP_ACCESS_TOKEN", "EAAreal-token"), "--input", input.toString(),
                "--report-dir", reportDir().toString());

        assertThat(exitCode).isZero();
        assertThat(outLines().get(0)).startsWith("WHATSAPP_ACCESS_TOKEN is set, but without --live: running against"
                                                 + " the embedded Graph API simulator at http://localhost:");
    }

    @Test
    void inDemoModeANumberThatIsNotDeregisteredAsExpectedMakesTheExitCodeOne() {
        // without retries, the demo's unstable line (two 500s, then success) is left for later
        int exitCode = run(Map.of(), "--max-retries", "0", "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(outLines()).contains("  106540352242927 ended as retry-later (code 2), expected deregistered");
    }

    @Test
    void inDemoModeTheNumbersOfOnesOwnListAreDeregisteredWithOneLineAboutThemNotOneEach() throws Exception {
        StringBuilder list = new StringBuilder("phone_number_id,label,account\n");
        list.append("106540352242925,Shop owner's app number,102290129340398\n");
        for (int i = 0; i < 30; i++) {
            list.append(5550000 + i).append(",Store ").append(i).append(',').append(i % 2 == 0 ? "" : "777000111")
                    .append('\n');
        }

        int exitCode = run(Map.of(), "--input", csv(list.toString()).toString(), "--report-dir",
                reportDir().toString());

        assertThat(exitCode).isZero();
        List<String> lines = outLines();
        assertThat(lines).contains("30 numbers of the list are not in the demo data: the simulator holds them as"
                                   + " registered numbers, to show how a run of this list goes.");
        assertThat(lines).noneMatch(l -> l.contains("expected"));
        assertThat(lines).filteredOn(l -> l.matches("\\[\\s*\\d+/31] 555\\d+ .*")).hasSize(30)
                .allMatch(l -> l.contains(" deregistered "));
        assertThat(lines).anyMatch(l -> l.startsWith("[ 1/31] 106540352242925") && l.contains(" skipped ")
                                        && l.endsWith("Manage it in the WhatsApp Business app."));
    }

    @Test
    void aLiveRunRefusesTheJournalOfADemoRunAndSendsNothing() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n106540352242923\n");
        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString())).isZero();

        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            int exitCode = runLiveAgainst(graph, Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN), "--live", "--input",
                    input.toString(), "--report-dir", reportDir().toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(errText()).contains("journal.ndjson was written by a demo run against the embedded simulator"
                                           + " with v23.0; this is a live run against " + graph.baseUrl()
                                           + " with v23.0", "nothing was sent", "Use another --report-dir");
            assertThat(graph.journal().entries()).isEmpty();
            assertThat(outLines()).noneMatch(l -> l.contains("deregistered"));
        }
        // the demo's report is left as the demo wrote it
        assertThat(Files.readString(reportDir().resolve(ReportWriter.JSON))).contains("\"mode\" : \"demo\"");
    }

    @Test
    void aDemoRunRefusesTheJournalOfALiveRun() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n");
        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            assertThat(runLiveAgainst(graph, Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN), "--live", "--input",
                    input.toString(), "--report-dir", reportDir().toString())).isZero();
        }

        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString())).isEqualTo(2);
        assertThat(errText()).contains("was written by a live run against http://localhost:",
                "this is a demo run against the embedded simulator");
    }

    @Test
    void aLiveRunResumesItsOwnJournalAndSendsOnlyWhatIsLeft() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n106540352242923\n");
        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            Map<String, String> env = Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN);
            assertThat(runLiveAgainst(graph, env, "--live", "--input", input.toString(), "--report-dir",
                    reportDir().toString(), "--limit", "1")).isEqualTo(1);
            assertThat(runLiveAgainst(graph, env, "--live", "--input", input.toString(), "--report-dir",
                    reportDir().toString())).isZero();

            // each read once and deregistered once
            assertThat(graph.journal().forPhoneNumber("106540352242922")).extracting(JournalEntry::method)
                    .containsExactly("GET", "POST");
            assertThat(graph.journal().forPhoneNumber("106540352242923")).extracting(JournalEntry::method)
                    .containsExactly("GET", "POST");
            assertThat(outLines()).anyMatch(l -> l.startsWith("[1/2] 106540352242922") && l.contains("earlier run"));
        }
    }

    @Test
    void aRunStoppedByLimitSaysHowToContinueAndTheNextRunFinishes() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n106540352242923\n");

        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString(), "--limit", "1"))
                .isEqualTo(1);
        assertThat(outLines()).contains("1 number was not sent in this run (--limit): run the same command again"
                                        + " to continue.");

        // a new process: a fresh simulator, but the journal remembers the first number
        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString())).isZero();
        assertThat(outLines()).anyMatch(l -> l.startsWith("[1/2] 106540352242922") && l.contains("earlier run"));
    }

    @Test
    void liveWithoutTokenIsRefusedBeforeAnythingHappens() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n");

        int exitCode = run(Map.of(), "--live", "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains("--live calls the real Graph API and needs the access token in the"
                                       + " environment variable WHATSAPP_ACCESS_TOKEN");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void liveWithoutAnInputFileIsRefused() {
        int exitCode = run(Map.of("WHATSAPP_ACCESS_TOKEN", "EAAreal-token"), "--live");

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains("--live needs --input <file>");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aMissingColumnIsReportedWithItsLineBeforeAnythingIsSent() throws Exception {
        Path input = csv("id,label\n106540352242922,Support line Berlin\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains(input.toAbsolutePath() + " line 1: unknown column 'id'");
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void everyBadLineIsReportedAtOnceWithItsLineNumberAndNothingIsSent() throws Exception {
        Path input = csv("phone_number_id,account\n106540352242922,102290129340398\n+49 30 1234,1\n"
                         + "106540352242923,waba-9\n106540352242922,102290129340398\n106540352242924\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        String name = input.toAbsolutePath().toString();
        assertThat(errText().lines()).containsExactly(
                "offboarding: 4 problems in " + name + "; nothing was sent:",
                "  " + name + " line 3: phone_number_id '+49 30 1234' is not a phone number ID (digits only, as in"
                                                                              + " WhatsApp Manager)",
                "  " + name + " line 4: account 'waba-9' is not a WhatsApp Business Account ID (digits only)",
                "  " + name + " line 5: phone number ID 106540352242922 is already on line 2; list each number once",
                "  " + name + " line 6: 1 field, the header has 2");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void aPhoneNumberIdThatIsNotDigitsIsReportedWithItsLineBeforeAnythingIsSent() throws Exception {
        Path input = csv("phone_number_id,label\n106540352242922,Berlin\n+49 30 1234,Typo\n106540352242923,NY\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains(input.toAbsolutePath() + " line 3: phone_number_id '+49 30 1234' is not a"
                                       + " phone number ID");
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void aMissingInputFileIsNamed() {
        int exitCode = run(Map.of(), "--input", dir.resolve("nope.csv").toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains("nope.csv does not exist");
    }

    @Test
    void anUnknownOptionIsRefused() {
        assertThat(run(Map.of(), "--dry-run")).isEqualTo(2);
        assertThat(errText()).contains("unknown option '--dry-run'");
    }

    @Test
    void aBadApiVersionIsReportedBeforeAnythingIsSent() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--api-version", "23", "--report-dir",
                reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains("offboarding: --api-version '23': write the Graph API version as"
                                       + " v<major>.<minor>, such as v23.0");
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void anApiVersionWithoutItsVIsNamedByTheFlagWithTheFix() {
        assertThat(run(Map.of(), "--api-version", "23.0")).isEqualTo(2);
        assertThat(errText()).isEqualTo("offboarding: --api-version '23.0': write the Graph API version as"
                                        + " v<major>.<minor>, here v23.0. Nothing was sent.\n");
    }

    @Test
    void aReportDirThatIsAFileIsNamedByTheFlag() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        assertThat(run(Map.of(), "--report-dir", file.toString())).isEqualTo(2);
        assertThat(errText()).contains("offboarding: --report-dir " + file.toAbsolutePath()
                                       + " is a file, not a directory");
    }

    @Test
    void oneNumberIsOneNumber() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n");

        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString())).isZero();
        assertThat(outLines()).contains("Input: " + input.toAbsolutePath() + " (1 number)")
                .anyMatch(l -> l.startsWith("Summary: 1 number; 1 number sent in "))
                .anyMatch(l -> l.startsWith("[1/1] 106540352242922") && l.contains(" 1 attempt "))
                .noneMatch(l -> l.matches(".*(^|[^\\d.,])1 (numbers|attempts)(?!/).*"));
    }

    @Test
    void withoutATerminalTheProgressIsPlainLinesAndTheRunEndsWithItsTotalTime() {
        assertThat(run(Map.of(), "--report-dir", reportDir().toString())).isZero();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r", "\033");
        assertThat(outLines()).anyMatch(l -> l.matches("Summary: 12 numbers; 12 numbers sent in \\d+ (ms|s)"
                                                       + " \\(\\d+\\.\\d numbers/(s|min)\\); total time \\d+ (ms|s)"));
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--live", "--plan", "--report-dir", "Exit code");
    }

    @Test
    void aLiveRunCountsASkippedNumberAsNotDeregisteredAndAnAlreadyDeregisteredOneAsDone() throws Exception {
        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            Map<String, String> env = Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN);
            Path done = csv("phone_number_id\n106540352242922\n106540352242924\n");
            assertThat(runLiveAgainst(graph, env, "--live", "--input", done.toString(), "--report-dir",
                    dir.resolve("done").toString())).isZero();
            assertThat(outLines()).contains("Every number is deregistered: exit code 0.");

            Path withApp = csv("phone_number_id\n106540352242923\n106540352242925\n");
            assertThat(runLiveAgainst(graph, env, "--live", "--input", withApp.toString(), "--report-dir",
                    dir.resolve("app").toString())).isEqualTo(1);
            assertThat(outLines()).contains("Some numbers are not deregistered (see the report): exit code 1.")
                    .anyMatch(l -> l.startsWith("[2/2] 106540352242925") && l.contains(" skipped "));
            assertThat(graph.journal().forPhoneNumber("106540352242925")).extracting(JournalEntry::method)
                    .containsExactly("GET");
        }
    }

    @Test
    void aPlanOfTheDemoSaysWhatWouldHappenToEachNumberAndExitsZero() {
        int exitCode = run(Map.of(), "--plan", "--report-dir", reportDir().toString());

        assertThat(exitCode).isZero();
        List<String> lines = outLines();
        assertThat(lines.get(2)).startsWith("--plan: each number is only read (getPhoneNumber)");
        assertThat(lines).anyMatch(l -> l.startsWith("[ 1/12] 106540352242922") && l.contains(" would deregister "))
                .anyMatch(l -> l.startsWith("[ 3/12] 106540352242924")
                               && l.contains(" would skip: already deregistered "))
                .anyMatch(l -> l.startsWith("[ 4/12] 106540352242925") && l.contains(" would skip: Connected"))
                .anyMatch(l -> l.startsWith("[10/12] 106540352249999") && l.contains(" cannot check: not-found"))
                .contains("Every number would end as the demo expects: exit code 0. Without --plan the same command"
                          + " deregisters them.");
        assertThat(lines.get(lines.size() - 3))
                .isEqualTo("Plan:   " + reportDir().resolve("plan.html").toAbsolutePath());
        assertThat(lines.get(lines.size() - 2).strip())
                .isEqualTo(reportDir().resolve("plan.csv").toAbsolutePath().toString());
        assertThat(lines.get(lines.size() - 1).strip())
                .isEqualTo(reportDir().resolve("plan.json").toAbsolutePath().toString());
        assertThat(reportDir().resolve("journal.ndjson")).doesNotExist();
        assertThat(reportDir().resolve("report.csv")).doesNotExist();
        assertThat(errText()).isEmpty();
    }

    @Test
    void aLivePlanSendsOnlyReadsAndExitsOneWhenSomeNumberWouldNotBeDeregistered() throws Exception {
        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            Map<String, String> env = Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN);
            Path fine = Files.writeString(dir.resolve("fine.csv"),
                    "phone_number_id\n106540352242922\n106540352242924\n");
            assertThat(runLiveAgainst(graph, env, "--live", "--plan", "--input", fine.toString(), "--report-dir",
                    reportDir().toString())).isZero();
            assertThat(outLines()).contains("Every number would be deregistered, or already is: exit code 0.");

            Path notFine = Files.writeString(dir.resolve("not-fine.csv"),
                    "phone_number_id\n106540352242922\n106540352242925\n106540352249999\n");
            assertThat(runLiveAgainst(graph, env, "--live", "--plan", "--input", notFine.toString(), "--report-dir",
                    reportDir().toString())).isEqualTo(1);
            assertThat(outLines()).contains("Some numbers would not be deregistered, or could not be checked (see the"
                                            + " plan): exit code 1.");

            assertThat(graph.journal().entries()).isNotEmpty().allMatch(e -> e.method().equals("GET"));
            assertThat(graph.phoneNumberState("106540352242922")).isEqualTo(PhoneNumberState.REGISTERED);
            assertThat(reportDir().resolve("journal.ndjson")).doesNotExist();

            // the real run afterwards deregisters what the plan said it would
            assertThat(runLiveAgainst(graph, env, "--live", "--input", fine.toString(), "--report-dir",
                    reportDir().toString())).isZero();
            assertThat(graph.phoneNumberState("106540352242922")).isEqualTo(PhoneNumberState.DEREGISTERED);
        }
    }

    @Test
    void aLivePlanRefusesTheJournalOfADemoRunAndSendsNothing() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n");
        assertThat(run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString())).isZero();

        try (GraphApiSimulator graph = DemoWorld.seed(GraphApiSimulator.create().start())) {
            int exitCode = runLiveAgainst(graph, Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN), "--live", "--plan",
                    "--input", input.toString(), "--report-dir", reportDir().toString());

            assertThat(exitCode).isEqualTo(2);
            assertThat(errText()).contains("journal.ndjson was written by a demo run", "nothing was sent");
            assertThat(graph.journal().entries()).isEmpty();
        }
        assertThat(reportDir().resolve("plan.json")).doesNotExist();
    }
}
