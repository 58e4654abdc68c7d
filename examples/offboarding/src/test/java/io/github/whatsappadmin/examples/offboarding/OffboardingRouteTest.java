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
        assertThat(DemoWorld.surprises(results)).isEmpty();
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
        assertThat(DemoWorld.surprises(second)).isEmpty();
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
