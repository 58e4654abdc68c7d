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
import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example's route end to end against the simulator, seeded with the demo the bundled numbers.csv is made for. */
class OffboardingRouteTest {

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

    private List<NumberResult> run(OffboardingOptions options, Clock clock) throws Exception {
        return run(options, clock, DemoWorld.tokens(demoRows));
    }

    private List<NumberResult> run(OffboardingOptions options, Clock clock, WhatsAppAccessTokenProvider tokens)
            throws Exception {
        Offboarding.Target target = new Offboarding.Target(graph.baseUrl(), tokens,
                List.of(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN), Duration.ofMillis(1), JournalOrigin.DEMO, List.of());
        return new Offboarding(options, target,
                new ConsoleOutput(new PrintStream(console, true, StandardCharsets.UTF_8), false), clock)
                .run(demoInput);
    }

    private List<NumberResult> run(OffboardingOptions options) throws Exception {
        return run(options, Clock.systemUTC());
    }

    private OffboardingOptions options() {
        return OffboardingOptions.defaults().withReportDir(reportDir);
    }

    private static Map<String, NumberResult> byId(List<NumberResult> results) {
        return results.stream().collect(Collectors.toMap(NumberResult::phoneNumberId, Function.identity()));
    }

    private static List<String> deregisterRequests(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream()
                .filter(e -> e.path().endsWith("/deregister")).map(JournalEntry::path).toList();
    }

    @Test
    void everyDemoNumberEndsAsTheDemoExpects() throws Exception {
        List<NumberResult> results = run(options());

        assertThat(results).extracting(NumberResult::phoneNumberId)
                .containsExactlyElementsOf(demoRows.stream().map(NumberRow::phoneNumberId).toList());
        assertThat(DemoWorld.surprises(results, false)).isEmpty();
        Map<String, NumberResult> byId = byId(results);
        assertThat(byId.get(DemoSeed.SUPPORT_BERLIN.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.DEREGISTERED);
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.httpStatus()).isEqualTo(200);
            assertThat(r.fbtraceId()).hasSize(11);
            assertThat(r.category()).isNull();
        });
        assertThat(byId.get(DemoSeed.OLD_CAMPAIGN.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
            assertThat(r.category()).isEqualTo("phone-number-state");
            assertThat(r.graphCode()).isEqualTo(133010);
        });
        assertThat(byId.get(DemoSeed.SHOP_APP.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.graphCode()).isEqualTo(100);
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(byId.get(DemoSeed.PARTNER.id())).satisfies(r -> {
            assertThat(r.category()).isEqualTo("permission");
            assertThat(r.graphCode()).isEqualTo(200);
            assertThat(r.httpStatus()).isEqualTo(403);
        });
        assertThat(byId.get(DemoSeed.MISTYPED.id()).category()).isEqualTo("not-found");
        assertThat(byId.get(DemoWorld.FRANCHISE_LISBON)).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(r.category()).isEqualTo("authentication");
            assertThat(r.graphCode()).isEqualTo(190);
            assertThat(r.message()).doesNotContain(DemoSeed.EXPIRED_TOKEN);
        });
        assertThat(graph.phoneNumberState(DemoSeed.SUPPORT_BERLIN.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("[ 1/11] 106540352242922  Support line Berlin")
                .contains("Summary: 11 numbers");
    }

    @Test
    void eachFailureCarriesTheReasonAPersonActsOn() throws Exception {
        Map<String, NumberResult> byId = byId(run(options()));

        // both are "phone-number-state, code 100": the reason tells them apart
        assertThat(byId.get(DemoSeed.SHOP_APP.id()).reason())
                .isEqualTo("Not available for SMB businesses: Manage this number in the WhatsApp Business app.");
        assertThat(byId.get(DemoSeed.UNLINKED.id()).reason())
                .isEqualTo("Phone number not linked: This phone number is not currently linked to your business.");
        assertThat(byId.get(DemoSeed.PARTNER.id()).reason()).isEqualTo("Permissions error");
        assertThat(byId.get(DemoSeed.MISTYPED.id()).reason())
                .startsWith("Unsupported post request. Object with ID '<id>' does not exist")
                .doesNotContain(DemoSeed.MISTYPED.id(), "https://");
        assertThat(byId.get(DemoWorld.FRANCHISE_LISBON).reason())
                .startsWith("Error validating access token: Session has expired on ")
                .doesNotContain("The current time is");
        assertThat(byId.get(DemoSeed.SUPPORT_BERLIN.id()).reason()).isNull();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Not deregistered, by reason:")
                .containsPattern("failed +1  phone-number-state, code 100: Not available for SMB businesses")
                .containsPattern("failed +1  phone-number-state, code 100: Phone number not linked");
    }

    @Test
    void eachRequestIsLoggedWithItsTimeAndOutcome() throws Exception {
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        NumberResult unstable = byId(run(options())).get(DemoSeed.UNSTABLE.id());

        assertThat(unstable.attemptLog()).hasSize(3).extracting(Attempt::outcome)
                .containsExactly(Attempt.FAILURE, Attempt.FAILURE, Attempt.SUCCESS);
        assertThat(unstable.attemptLog().get(0)).satisfies(a -> {
            assertThat(a.category()).isEqualTo("server");
            assertThat(a.graphCode()).isEqualTo(2);
            assertThat(a.httpStatus()).isEqualTo(500);
            assertThat(a.reason()).isEqualTo("An unexpected error has occurred. Please retry your request later.");
        });
        List<Instant> starts = unstable.attemptLog().stream().map(a -> Instant.parse(a.startedAt())).toList();
        assertThat(starts).isSorted().allSatisfy(t -> assertThat(t).isAfterOrEqualTo(before));
        // the retry starts after the wait, not when the failure came
        Attempt first = unstable.attemptLog().get(0);
        assertThat(starts.get(1)).isAfterOrEqualTo(starts.get(0).plusMillis(first.durationMs()).plusMillis(1));
        assertThat(graph.journal().forPhoneNumber(DemoSeed.UNSTABLE.id())).hasSize(3);
        JsonNode logged = reportJson().get("numbers").get(demoRows.indexOf(demoRows.stream()
                .filter(r -> r.phoneNumberId().equals(DemoSeed.UNSTABLE.id())).findFirst().orElseThrow()))
                .get("attempt_log");
        assertThat(logged).hasSize(3);
        assertThat(logged.get(2).get("outcome").asText()).isEqualTo("success");
    }

    @Test
    void reportJsonSaysWhatRanOnWhatWhenAndHow() throws Exception {
        run(options().withMaxRetries(3));

        JsonNode report = reportJson();
        assertThat(report.get("mode").asText()).isEqualTo("demo");
        assertThat(report.get("graph_base_url").asText()).isEqualTo(graph.baseUrl());
        assertThat(report.get("api_version").asText()).isEqualTo("v23.0");
        assertThat(report.get("job_version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(Instant.parse(report.get("ended_at").asText()))
                .isAfterOrEqualTo(Instant.parse(report.get("started_at").asText()));
        assertThat(report.get("input").get("sha256").asText()).isEqualTo(demoInput.sha256()).hasSize(64);
        assertThat(report.get("input").get("numbers").asInt()).isEqualTo(11);
        assertThat(report.get("options").get("max_retries").asInt()).isEqualTo(3);
        assertThat(report.get("options").get("max_wait").asText()).isEqualTo("PT1M");
        assertThat(report.get("sent").asInt()).isEqualTo(11);
        assertThat(report.get("failures_by_reason")).hasSize(6);
        assertThat(report.toString()).doesNotContain(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN);
        assertThat(reportRows()).allSatisfy(row -> assertThat(row).hasSize(ReportWriter.COLUMNS.size()));
        assertThat(reportRows().get(3).get(ReportWriter.COLUMNS.indexOf("reason")))
                .isEqualTo("Not available for SMB businesses: Manage this number in the WhatsApp Business app.");
    }

    @Test
    void transientFailuresAreRetriedUntilTheNumberIsDeregistered() throws Exception {
        Map<String, NumberResult> byId = byId(run(options()));

        assertThat(byId.get(DemoSeed.UNSTABLE.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.DEREGISTERED);
            assertThat(r.attempts()).isEqualTo(3);
        });
        assertThat(deregisterRequests(DemoSeed.UNSTABLE.id())).hasSize(3);
        assertThat(byId.get(DemoSeed.HALF_MIGRATED.id()).attempts()).isEqualTo(2);
        assertThat(deregisterRequests(DemoSeed.HALF_MIGRATED.id())).hasSize(2);
        assertThat(graph.phoneNumberState(DemoSeed.UNSTABLE.id())).isEqualTo(PhoneNumberState.DEREGISTERED);
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("106540352242927: server, code 2, HTTP 500; retry 1 of 4");
    }

    @Test
    void budgetLockoutIsSentOnceAndReportedWithTheTimeToWait() throws Exception {
        Instant before = Instant.now();

        NumberResult flapping = byId(run(options())).get(DemoSeed.FLAPPING_TEST.id());

        assertThat(deregisterRequests(DemoSeed.FLAPPING_TEST.id())).hasSize(1);
        assertThat(flapping.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(flapping.category()).isEqualTo("rate-limit");
        assertThat(flapping.graphCode()).isEqualTo(133016);
        assertThat(flapping.attempts()).isEqualTo(1);
        assertThat(Instant.parse(flapping.retryNotBefore()))
                .isBetween(before.plus(Duration.ofHours(72)), Instant.now().plus(Duration.ofHours(72)).plusSeconds(1));
    }

    @Test
    void eachNumberIsSentWithTheTokenOfItsAccount() throws Exception {
        run(options());

        assertThat(graph.journal().forPhoneNumber(DemoWorld.FRANCHISE_LISBON))
                .singleElement().satisfies(e -> assertThat(e.sentToken(DemoSeed.EXPIRED_TOKEN)).isTrue());
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id()))
                .allSatisfy(e -> assertThat(e.sentToken(DemoSeed.TOKEN)).isTrue());
    }

    @Test
    void retriesThatRunOutLeaveTheNumberForTheNextRun() throws Exception {
        graph.simulator().transientErrors(DemoSeed.SUPPORT_BERLIN.id(), 10);

        NumberResult berlin = byId(run(options().withMaxRetries(2))).get(DemoSeed.SUPPORT_BERLIN.id());

        assertThat(berlin.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(berlin.category()).isEqualTo("server");
        assertThat(berlin.attempts()).isEqualTo(3);
        assertThat(deregisterRequests(DemoSeed.SUPPORT_BERLIN.id())).hasSize(3);
    }

    @Test
    void aNumberWithoutATokenIsReportedAndNotSent() throws Exception {
        AccountTokenProvider demoTokens = DemoWorld.tokens(demoRows);
        WhatsAppAccessTokenProvider noTokenForBerlin = id -> id.equals(DemoSeed.SUPPORT_BERLIN.id())
                ? "" : demoTokens.getAccessToken(id);

        NumberResult berlin = byId(run(options(), Clock.systemUTC(), noTokenForBerlin))
                .get(DemoSeed.SUPPORT_BERLIN.id());

        assertThat(berlin.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(berlin.category()).isEqualTo("invalid-input");
        assertThat(berlin.attempts()).isZero();
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id())).isEmpty();
    }

    @Test
    void aRateLimitLongerThanMaxWaitIsNotWaitedFor() throws Exception {
        graph.simulator().throttleAccount(DemoSeed.ACCOUNT_US, 80007, Duration.ofMinutes(10));
        Instant before = Instant.now();

        NumberResult sales = byId(run(options().withMaxWait(Duration.ofSeconds(30))))
                .get(DemoSeed.SALES_NEW_YORK.id());

        assertThat(sales.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(sales.category()).isEqualTo("rate-limit");
        assertThat(sales.graphCode()).isEqualTo(80007);
        assertThat(sales.attempts()).isEqualTo(1);
        assertThat(Instant.parse(sales.retryNotBefore())).isAfter(before.plus(Duration.ofMinutes(9)));
        assertThat(deregisterRequests(DemoSeed.SALES_NEW_YORK.id())).hasSize(1);
    }

    @Test
    void anInterruptedRunResumesWithoutSendingAnyNumberTwice() throws Exception {
        List<NumberResult> first = run(options().withLimit(4));

        assertThat(first).hasSize(11);
        assertThat(first).filteredOn(r -> r.outcome() == Outcome.PENDING).hasSize(7);
        assertThat(reportRows()).hasSize(11);
        Map<String, Integer> sentInFirstRun = demoRows.stream().collect(Collectors.toMap(NumberRow::phoneNumberId,
                r -> deregisterRequests(r.phoneNumberId()).size()));
        assertThat(sentInFirstRun.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);

        List<NumberResult> second = run(options());

        assertThat(second).extracting(NumberResult::phoneNumberId)
                .containsExactlyElementsOf(demoRows.stream().map(NumberRow::phoneNumberId).toList());
        assertThat(second).noneMatch(r -> r.outcome() == Outcome.PENDING);
        assertThat(second.subList(0, 4)).allMatch(NumberResult::fromPreviousRun);
        assertThat(second.subList(4, 11)).noneMatch(NumberResult::fromPreviousRun);
        assertThat(DemoWorld.surprises(second, false)).isEmpty();
        // Berlin was deregistered in the first run: no second request (which Graph would answer with 133010).
        assertThat(deregisterRequests(DemoSeed.SUPPORT_BERLIN.id())).hasSize(1);
        for (NumberRow row : demoRows.subList(0, 4)) {
            assertThat(deregisterRequests(row.phoneNumberId())).hasSize(sentInFirstRun.get(row.phoneNumberId()));
        }
        assertThat(reportRows()).extracting(row -> row.get(0))
                .containsExactlyElementsOf(demoRows.stream().map(NumberRow::phoneNumberId).toList());
        assertThat(reportJson().get("numbers")).hasSize(11);
        assertThat(reportJson().get("summary").get("pending").asInt()).isZero();
    }

    @Test
    void aNumberInFlightWhenTheRunWasKilledIsSentAgain() throws Exception {
        run(options().withLimit(2));
        // Killed while writing New York's line: the line is cut short, though Graph had deregistered the number.
        Path journal = reportDir.resolve(ResultJournal.FILE_NAME);
        List<String> lines = Files.readAllLines(journal);
        Files.writeString(journal, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 40));

        Map<String, NumberResult> byId = byId(run(options()));

        assertThat(deregisterRequests(DemoSeed.SUPPORT_BERLIN.id())).hasSize(1);
        assertThat(deregisterRequests(DemoSeed.SALES_NEW_YORK.id())).hasSize(2);
        assertThat(byId.get(DemoSeed.SALES_NEW_YORK.id()).outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
        assertThat(byId.get(DemoSeed.SALES_NEW_YORK.id()).outcome().offboarded()).isTrue();
        assertThat(reportRows()).hasSize(11);
        try (ResultJournal reopened = ResultJournal.open(journal, demoOrigin())) {
            assertThat(reopened.earlier()).hasSize(11);
        }
    }

    @Test
    void aNumberToRetryLaterIsSentAgainOnceItsTimeHasCome() throws Exception {
        run(options());
        assertThat(run(options())).allMatch(NumberResult::fromPreviousRun);
        assertThat(deregisterRequests(DemoSeed.FLAPPING_TEST.id())).hasSize(1);

        graph.clock().advance(Duration.ofHours(73));
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(73));
        Map<String, NumberResult> byId = byId(run(options(), later));

        assertThat(deregisterRequests(DemoSeed.FLAPPING_TEST.id())).hasSize(2);
        assertThat(byId.get(DemoSeed.FLAPPING_TEST.id()).outcome()).isEqualTo(Outcome.DEREGISTERED);
        assertThat(byId.values()).filteredOn(r -> !r.phoneNumberId().equals(DemoSeed.FLAPPING_TEST.id()))
                .allMatch(NumberResult::fromPreviousRun);
    }

    private static JournalOrigin demoOrigin() {
        return new JournalOrigin(JournalOrigin.DEMO, "http://localhost:1", OffboardingOptions.DEFAULT_API_VERSION,
                JobVersion.VERSION, Instant.now().toString());
    }

    private List<List<String>> reportRows() throws Exception {
        List<String> lines = Files.readAllLines(reportDir.resolve(ReportWriter.CSV));
        assertThat(lines.get(0)).isEqualTo(String.join(",", ReportWriter.COLUMNS));
        return lines.subList(1, lines.size()).stream().map(Csv::parse).toList();
    }

    private JsonNode reportJson() throws Exception {
        return new ObjectMapper().readTree(reportDir.resolve(ReportWriter.JSON).toFile());
    }
}
