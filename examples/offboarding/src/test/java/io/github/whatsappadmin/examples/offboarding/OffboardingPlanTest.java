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
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --plan} against the simulator: it only reads, says what a real run would do, and leaves no trace of done. */
class OffboardingPlanTest {

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create().withSetup(DemoWorld::seed);

    @TempDir
    Path reportDir;

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private InputFile demoInput;
    private List<NumberRow> demoRows;

    @BeforeEach
    void readDemoList() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OffboardingApp.DEMO_INPUT)) {
            demoInput = InputFile.parse(OffboardingApp.DEMO_INPUT, in.readAllBytes());
        }
        demoRows = demoInput.rows();
    }

    private List<NumberResult> run(OffboardingOptions options) throws Exception {
        console.reset();
        Offboarding.Target target = new Offboarding.Target(graph.baseUrl(), DemoWorld.tokens(demoRows),
                List.of(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN), Duration.ofMillis(1), JournalOrigin.DEMO, List.of());
        return new Offboarding(options, target,
                new ConsoleOutput(new PrintStream(console, true, StandardCharsets.UTF_8), false), Clock.systemUTC())
                .run(demoInput);
    }

    private OffboardingOptions real() {
        return OffboardingOptions.defaults().withReportDir(reportDir);
    }

    private OffboardingOptions plan() {
        return real().withPlan(true);
    }

    private static Map<String, NumberResult> byId(List<NumberResult> results) {
        return results.stream().collect(Collectors.toMap(NumberResult::phoneNumberId, Function.identity()));
    }

    private static List<JournalEntry> posts() {
        return graph.journal().entries().stream().filter(e -> !e.method().equals("GET")).toList();
    }

    private String consoleText() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aPlanSendsNoDeregisterAndSaysWhatARealRunWouldDoWithEachNumber() throws Exception {
        List<NumberResult> results = run(plan());

        assertThat(posts()).isEmpty();
        assertThat(graph.journal().entries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.path()).matches("/v23\\.0/\\d+"));
        assertThat(graph.phoneNumberState(DemoSeed.SUPPORT_BERLIN.id())).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(DemoWorld.surprises(results, true)).isEmpty();
        Map<String, NumberResult> byId = byId(results);
        assertThat(byId.get(DemoSeed.SUPPORT_BERLIN.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.WOULD_DEREGISTER);
            assertThat(r.status()).isEqualTo("CONNECTED");
            assertThat(r.platformType()).isEqualTo("CLOUD_API");
            assertThat(r.attempts()).isZero();
        });
        assertThat(byId.get(DemoSeed.OLD_CAMPAIGN.id()).outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
        assertThat(byId.get(DemoSeed.SHOP_APP.id()).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(byId.get(DemoWorld.ON_PREMISES_LEGACY).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(byId.get(DemoSeed.MISTYPED.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.CANNOT_CHECK);
            assertThat(r.category()).isEqualTo("not-found");
        });
        // retryable failures of the read are retried in a plan too, and only reads are sent
        assertThat(byId.get(DemoSeed.UNSTABLE.id()).outcome()).isEqualTo(Outcome.WOULD_DEREGISTER);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.UNSTABLE.id())).hasSize(3);
        assertThat(consoleText())
                .contains("106540352242922  Support line Berlin                would deregister (status CONNECTED,"
                          + " platform_type CLOUD_API)")
                .contains("106540352242924  Old campaign line                  would skip: already deregistered"
                          + " (status DISCONNECTED, platform_type NOT_APPLICABLE)")
                .contains("106540352242925  Shop owner's app number            would skip: Connected, but on no"
                          + " Business Platform API")
                .contains("106540352249999  Mistyped ID                        cannot check: not-found, code 100,")
                .contains("Plan: 12 numbers; 12 numbers checked in ")
                .contains("Would not be deregistered, by reason:")
                .doesNotContain("Not deregistered, by reason:");
    }

    @Test
    void aPlanLeavesNoJournalSoARealRunAfterwardsDeregistersEveryNumber() throws Exception {
        run(plan());

        assertThat(reportDir.resolve(ResultJournal.FILE_NAME)).doesNotExist();
        assertThat(reportDir.resolve(ReportWriter.JSON)).doesNotExist();
        assertThat(reportDir.resolve(ReportWriter.PLAN_JSON)).exists();
        assertThat(reportDir.resolve(ReportWriter.PLAN_CSV)).exists();
        assertThat(reportDir.resolve(ReportWriter.PLAN_HTML)).exists();
        graph.journal().clear();

        List<NumberResult> real = run(real());

        assertThat(real).noneMatch(NumberResult::fromPreviousRun);
        assertThat(DemoWorld.surprises(real, false)).isEmpty();
        assertThat(byId(real).get(DemoSeed.SUPPORT_BERLIN.id()).outcome()).isEqualTo(Outcome.DEREGISTERED);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id())).extracting(JournalEntry::method)
                .containsExactly("GET", "POST");
        // the plan's files are the plan's; the real run writes its own report
        assertThat(reportDir.resolve(ReportWriter.JSON)).exists();
        assertThat(new ObjectMapper().readTree(reportDir.resolve(ReportWriter.PLAN_JSON).toFile()).get("plan")
                .asBoolean()).isTrue();
    }

    @Test
    void aPlanOverAnInterruptedRunReportsWhatIsDoneChecksTheRestAndLeavesTheJournalAsItWas() throws Exception {
        run(real().withLimit(4));
        Path journal = reportDir.resolve(ResultJournal.FILE_NAME);
        byte[] journalBefore = Files.readAllBytes(journal);
        byte[] reportBefore = Files.readAllBytes(reportDir.resolve(ReportWriter.JSON));
        Map<String, Integer> requestsBefore = demoRows.stream().collect(Collectors.toMap(NumberRow::phoneNumberId,
                r -> graph.journal().forPhoneNumber(r.phoneNumberId()).size()));
        int postsBefore = posts().size();

        List<NumberResult> plan = run(plan());

        assertThat(Files.readAllBytes(journal)).isEqualTo(journalBefore);
        assertThat(Files.readAllBytes(reportDir.resolve(ReportWriter.JSON))).isEqualTo(reportBefore);
        assertThat(posts()).hasSize(postsBefore);
        assertThat(plan.subList(0, 4)).allMatch(NumberResult::fromPreviousRun);
        assertThat(plan.subList(0, 2)).extracting(NumberResult::outcome).containsOnly(Outcome.DEREGISTERED);
        assertThat(plan.subList(4, 12)).noneMatch(NumberResult::fromPreviousRun);
        assertThat(DemoWorld.surprises(plan, true)).isEmpty();
        for (NumberRow row : demoRows.subList(0, 4)) {
            assertThat(graph.journal().forPhoneNumber(row.phoneNumberId())).as("not checked again")
                    .hasSize(requestsBefore.get(row.phoneNumberId()));
        }
        assertThat(consoleText()).contains("4 of 12 numbers are settled there and are reported, not checked again")
                .contains("106540352242922  Support line Berlin                deregistered         (earlier run,"
                          + " not checked again)");
        JsonNode planJson = new ObjectMapper().readTree(reportDir.resolve(ReportWriter.PLAN_JSON).toFile());
        assertThat(planJson.get("summary").get("deregistered").asInt()).isEqualTo(2);
        assertThat(planJson.get("summary").get("would-deregister").asInt()).isEqualTo(3);

        List<NumberResult> rest = run(real());

        assertThat(rest.subList(0, 4)).allMatch(NumberResult::fromPreviousRun);
        assertThat(rest.subList(4, 12)).noneMatch(NumberResult::fromPreviousRun);
        assertThat(DemoWorld.surprises(rest, false)).isEmpty();
        assertThat(graph.phoneNumberState(DemoSeed.UNSTABLE.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id()))
                .hasSize(requestsBefore.get(DemoSeed.SUPPORT_BERLIN.id()));
    }

    @Test
    void aPlansFindingInAJournalNeverCountsAsDone() throws Exception {
        run(real().withLimit(1));
        // as a journal written by another tool, or by hand, might hold them
        try (ResultJournal journal = ResultJournal.open(reportDir.resolve(ResultJournal.FILE_NAME),
                new JournalOrigin(JournalOrigin.DEMO, graph.baseUrl(), "v23.0", JobVersion.VERSION,
                        Instant.now().toString()))) {
            journal.append(finding(DemoSeed.SALES_NEW_YORK.id(), Outcome.WOULD_DEREGISTER));
            journal.append(finding(DemoSeed.OLD_CAMPAIGN.id(), Outcome.CANNOT_CHECK));
        }
        graph.journal().clear();

        Map<String, NumberResult> byId = byId(run(real()));

        assertThat(byId.get(DemoSeed.SUPPORT_BERLIN.id()).fromPreviousRun()).isTrue();
        assertThat(byId.get(DemoSeed.SALES_NEW_YORK.id())).satisfies(r -> {
            assertThat(r.fromPreviousRun()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.DEREGISTERED);
        });
        assertThat(byId.get(DemoSeed.OLD_CAMPAIGN.id())).satisfies(r -> {
            assertThat(r.fromPreviousRun()).isFalse();
            assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
        });
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SALES_NEW_YORK.id())).extracting(JournalEntry::method)
                .containsExactly("GET", "POST");
    }

    private static NumberResult finding(String phoneNumberId, Outcome outcome) {
        return new NumberResult(phoneNumberId, "", "", outcome, null, null, null, null, null, null, 0, 5, null, null,
                null, Instant.now().toString(), false, List.of());
    }

    @Test
    void thePlanFilesSayItIsAPlanAndWhatTheReadsFound() throws Exception {
        run(plan().withMaxRetries(2));

        JsonNode json = new ObjectMapper().readTree(reportDir.resolve(ReportWriter.PLAN_JSON).toFile());
        assertThat(json.get("plan").asBoolean()).isTrue();
        assertThat(json.get("options").get("plan").asBoolean()).isTrue();
        assertThat(json.get("sent").asInt()).isEqualTo(12);
        assertThat(json.get("summary").fieldNames()).toIterable().containsExactly("deregistered", "would-deregister",
                "already-deregistered", "skipped", "failed", "cannot-check", "retry-later", "pending");
        assertThat(json.get("summary").get("would-deregister").asInt()).isEqualTo(5);
        assertThat(json.get("summary").get("skipped").asInt()).isEqualTo(3);
        assertThat(json.get("summary").get("cannot-check").asInt()).isEqualTo(3);
        for (JsonNode number : json.get("numbers")) {
            assertThat(number.get("attempts").asInt()).isZero();
            assertThat(number.get("attempt_log")).allSatisfy(a -> assertThat(a.get("operation").asText())
                    .isEqualTo("getPhoneNumber"));
        }
        assertThat(json.get("failures_by_reason")).extracting(g -> g.get("outcome").asText())
                .containsOnly("skipped", "cannot-check");
        assertThat(json.toString()).doesNotContain(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN);
        List<String> lines = Files.readAllLines(reportDir.resolve(ReportWriter.PLAN_CSV));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ReportWriter.COLUMNS));
        List<String> berlin = Csv.parse(lines.get(1));
        assertThat(berlin.get(ReportWriter.COLUMNS.indexOf("outcome"))).isEqualTo("would-deregister");
        assertThat(berlin.get(ReportWriter.COLUMNS.indexOf("status"))).isEqualTo("CONNECTED");
        assertThat(berlin.get(ReportWriter.COLUMNS.indexOf("platform_type"))).isEqualTo("CLOUD_API");
        assertThat(Files.readString(reportDir.resolve(ReportWriter.PLAN_HTML)))
                .contains("<title>Offboarding plan: 12 numbers, demo, ", "<h1>Offboarding plan</h1>",
                        "id=\"count-would-deregister\"", "Would not be deregistered, by reason",
                        "12 numbers checked, ", ", --plan</dd>")
                .doesNotContain("<h1>Offboarding report</h1>");
    }
}
