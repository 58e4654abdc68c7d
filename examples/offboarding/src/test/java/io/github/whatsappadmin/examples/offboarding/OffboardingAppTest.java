package io.github.whatsappadmin.examples.offboarding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
        assertThat(lines).anyMatch(l -> l.startsWith("[11/11] "));
        assertThat(lines).anyMatch(l -> l.startsWith("Every number ended as the demo expects"));
        assertThat(lines.get(lines.size() - 2))
                .isEqualTo("Report: " + reportDir().resolve("report.csv").toAbsolutePath());
        assertThat(lines.get(lines.size() - 1).strip())
                .isEqualTo(reportDir().resolve("report.json").toAbsolutePath().toString());
        assertThat(reportDir().resolve("report.csv")).exists();
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
    void inDemoModeANumberThatIsNotDeregisteredAsExpectedMakesTheExitCodeOne() throws Exception {
        Path input = csv("phone_number_id\n106540352242922\n5550001\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(outLines()).contains("  5550001 ended as failed (code 100), expected deregistered");
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
        assertThat(errText()).contains(input + " line 1: unknown column 'id'");
        assertThat(reportDir()).doesNotExist();
    }

    @Test
    void aPhoneNumberIdThatIsNotDigitsIsReportedWithItsLineBeforeAnythingIsSent() throws Exception {
        Path input = csv("phone_number_id,label\n106540352242922,Berlin\n+49 30 1234,Typo\n106540352242923,NY\n");

        int exitCode = run(Map.of(), "--input", input.toString(), "--report-dir", reportDir().toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errText()).contains(input + " line 3: phone_number_id '+49 30 1234' is not a phone number ID");
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
        assertThat(errText()).contains("offboarding: Invalid apiVersion '23': use v<major>.<minor>");
        assertThat(reportDir().resolve(ReportWriter.CSV)).doesNotExist();
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run(Map.of(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--live", "--report-dir", "Exit code");
    }
}
