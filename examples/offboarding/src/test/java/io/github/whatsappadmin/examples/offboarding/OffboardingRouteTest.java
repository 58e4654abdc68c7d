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

    /** The pre-check's reads of the number: GET /{version}/{id}. */
    private static List<JournalEntry> reads(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream()
                .filter(e -> e.method().equals("GET") && e.path().endsWith("/" + phoneNumberId)).toList();
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
            assertThat(r.status()).isEqualTo("CONNECTED");
            assertThat(r.platformType()).isEqualTo("CLOUD_API");
        });
        // read first, then deregistered: the read is the same ID, with the same token
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id())).extracting(JournalEntry::method)
                .containsExactly("GET", "POST");
        assertThat(byId.get(DemoSeed.OLD_CAMPAIGN.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
            assertThat(r.category()).isNull();
            assertThat(r.graphCode()).isNull();
            assertThat(r.attempts()).isZero();
        });
        assertThat(byId.get(DemoSeed.SHOP_APP.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.SKIPPED);
            assertThat(r.graphCode()).isNull();
            assertThat(r.attempts()).isZero();
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
                .contains("[ 1/12] 106540352242922  Support line Berlin")
                .contains("Summary: 12 numbers");
    }

    @Test
    void eachFailureCarriesTheReasonAPersonActsOn() throws Exception {
        Map<String, NumberResult> byId = byId(run(options()));

        assertThat(byId.get(DemoSeed.PARTNER.id()).reason()).isEqualTo("Permissions error");
        assertThat(byId.get(DemoSeed.MISTYPED.id()).reason())
                .startsWith("Unsupported get request. Object with ID '<id>' does not exist")
                .doesNotContain(DemoSeed.MISTYPED.id(), "https://");
        assertThat(byId.get(DemoWorld.FRANCHISE_LISBON).reason())
                .startsWith("Error validating access token: Session has expired on ")
                .doesNotContain("The current time is");
        assertThat(byId.get(DemoSeed.SUPPORT_BERLIN.id()).reason()).isNull();
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Not deregistered, by reason:")
                .containsPattern("failed +1  permission, code 200: Permissions error")
                .containsPattern("skipped +1  Registered on the On-Premises API \\(status CONNECTED, platform_type"
                                 + " ON_PREMISE\\)");
    }

    @Test
    void aNumberTheReadShowsAlreadyDeregisteredGetsNoDeregister() throws Exception {
        NumberResult old = byId(run(options())).get(DemoSeed.OLD_CAMPAIGN.id());

        assertThat(graph.journal().forPhoneNumber(DemoSeed.OLD_CAMPAIGN.id())).singleElement()
                .satisfies(e -> assertThat(e.method()).isEqualTo("GET"));
        assertThat(old.outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
        assertThat(old.outcome().offboarded()).isTrue();
        assertThat(old.status()).isEqualTo("DISCONNECTED");
        assertThat(old.platformType()).isEqualTo("NOT_APPLICABLE");
        assertThat(old.reason()).isEqualTo("Not registered on the Cloud API (status DISCONNECTED, platform_type"
                                           + " NOT_APPLICABLE): nothing to deregister.");
        assertThat(old.attemptLog()).singleElement().satisfies(a -> {
            assertThat(a.operation()).isEqualTo("getPhoneNumber");
            assertThat(a.outcome()).isEqualTo(Attempt.SUCCESS);
            assertThat(a.httpStatus()).isEqualTo(200);
        });
        List<String> row = reportRow(DemoSeed.OLD_CAMPAIGN.id());
        assertThat(row.get(ReportWriter.COLUMNS.indexOf("outcome"))).isEqualTo("already-deregistered");
        assertThat(row.get(ReportWriter.COLUMNS.indexOf("status"))).isEqualTo("DISCONNECTED");
        assertThat(row.get(ReportWriter.COLUMNS.indexOf("platform_type"))).isEqualTo("NOT_APPLICABLE");
        assertThat(row.get(ReportWriter.COLUMNS.indexOf("attempts"))).isEqualTo("0");
        String line = "106540352242924  Old campaign line +already-deregistered 0 attempts .*: Not registered";
        assertThat(console.toString(StandardCharsets.UTF_8)).containsPattern(line);
    }

    @Test
    void aWhatsAppBusinessAppNumberIsSkippedWithTheReasonAndNoDeregister() throws Exception {
        NumberResult shop = byId(run(options())).get(DemoSeed.SHOP_APP.id());

        assertThat(deregisterRequests(DemoSeed.SHOP_APP.id())).isEmpty();
        assertThat(reads(DemoSeed.SHOP_APP.id())).hasSize(1);
        assertThat(shop.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(shop.outcome().offboarded()).isFalse();
        assertThat(shop.status()).isEqualTo("CONNECTED");
        assertThat(shop.platformType()).isEqualTo("NOT_APPLICABLE");
        assertThat(shop.reason()).isEqualTo("Connected, but on no Business Platform API (status CONNECTED,"
                                            + " platform_type NOT_APPLICABLE): a WhatsApp Business app (SMB) number,"
                                            + " which the Cloud API cannot deregister. Manage it in the WhatsApp"
                                            + " Business app.");
        assertThat(graph.budgetUsed(DemoSeed.SHOP_APP.id())).isZero();
    }

    @Test
    void anUnlinkedNumberIsSkippedWithTheReasonAndNoDeregister() throws Exception {
        NumberResult unlinked = byId(run(options())).get(DemoSeed.UNLINKED.id());

        assertThat(deregisterRequests(DemoSeed.UNLINKED.id())).isEmpty();
        assertThat(unlinked.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(unlinked.status()).isEqualTo("UNLINKED");
        assertThat(unlinked.reason()).isEqualTo("Not linked to a WhatsApp Business Account (status UNLINKED,"
                                                + " platform_type NOT_APPLICABLE): the Cloud API cannot deregister"
                                                + " it.");
    }

    @Test
    void anOnPremisesNumberIsSkippedWithTheReasonAndNoDeregister() throws Exception {
        NumberResult legacy = byId(run(options())).get(DemoWorld.ON_PREMISES_LEGACY);

        assertThat(deregisterRequests(DemoWorld.ON_PREMISES_LEGACY)).isEmpty();
        assertThat(legacy.outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(legacy.platformType()).isEqualTo("ON_PREMISE");
        assertThat(legacy.reason()).isEqualTo("Registered on the On-Premises API (status CONNECTED, platform_type"
                                              + " ON_PREMISE): the Cloud API cannot deregister it. Deregister it with"
                                              + " its On-Premises client, or migrate it to the Cloud API first.");
        assertThat(graph.phoneNumberState(DemoWorld.ON_PREMISES_LEGACY)).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void aPreCheckThatFailsIsReportedLikeAnyFailureAndNoDeregisterFollows() throws Exception {
        Map<String, NumberResult> byId = byId(run(options()));

        for (String id : List.of(DemoSeed.MISTYPED.id(), DemoSeed.PARTNER.id(), DemoWorld.FRANCHISE_LISBON)) {
            assertThat(graph.journal().forPhoneNumber(id)).as(id).singleElement()
                    .satisfies(e -> assertThat(e.method()).isEqualTo("GET"));
            assertThat(byId.get(id).outcome()).as(id).isEqualTo(Outcome.FAILED);
            assertThat(byId.get(id).attempts()).as(id).isZero();
            assertThat(byId.get(id).status()).as(id).isNull();
            assertThat(byId.get(id).attemptLog()).as(id).singleElement()
                    .satisfies(a -> assertThat(a.operation()).isEqualTo("getPhoneNumber"));
        }
        assertThat(byId.get(DemoSeed.MISTYPED.id())).satisfies(r -> {
            assertThat(r.category()).isEqualTo("not-found");
            assertThat(r.graphCode()).isEqualTo(100);
            assertThat(r.message()).startsWith("getPhoneNumber of phone number " + DemoSeed.MISTYPED.id());
        });
    }

    @Test
    void eachRequestIsLoggedWithItsTimeAndOutcome() throws Exception {
        Instant before = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        NumberResult unstable = byId(run(options())).get(DemoSeed.UNSTABLE.id());

        // the transient failures hit the pre-check, which is retried like the deregister
        assertThat(unstable.attemptLog()).hasSize(4).extracting(Attempt::outcome)
                .containsExactly(Attempt.FAILURE, Attempt.FAILURE, Attempt.SUCCESS, Attempt.SUCCESS);
        assertThat(unstable.attemptLog()).extracting(Attempt::operation)
                .containsExactly("getPhoneNumber", "getPhoneNumber", "getPhoneNumber", "deregister");
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
        assertThat(starts.get(3)).isAfterOrEqualTo(starts.get(2).plusMillis(unstable.attemptLog().get(2).durationMs()));
        assertThat(graph.journal().forPhoneNumber(DemoSeed.UNSTABLE.id())).hasSize(4);
        JsonNode logged = reportJson().get("numbers").get(demoRows.indexOf(demoRows.stream()
                .filter(r -> r.phoneNumberId().equals(DemoSeed.UNSTABLE.id())).findFirst().orElseThrow()))
                .get("attempt_log");
        assertThat(logged).hasSize(4);
        assertThat(logged.get(3).get("outcome").asText()).isEqualTo("success");
        assertThat(logged.get(3).get("operation").asText()).isEqualTo("deregister");
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
        assertThat(report.get("plan").asBoolean()).isFalse();
        assertThat(report.get("input").get("numbers").asInt()).isEqualTo(12);
        assertThat(report.get("options").get("max_retries").asInt()).isEqualTo(3);
        assertThat(report.get("options").get("max_wait").asText()).isEqualTo("PT1M");
        assertThat(report.get("options").get("plan").asBoolean()).isFalse();
        assertThat(report.get("sent").asInt()).isEqualTo(12);
        // a real run's summary has no plan outcome
        assertThat(report.get("summary").fieldNames()).toIterable().containsExactly("deregistered",
                "already-deregistered", "skipped", "failed", "retry-later", "pending");
        assertThat(report.get("summary").get("skipped").asInt()).isEqualTo(3);
        // 3 skipped, 3 failed, 1 retry-later, each for its own reason
        assertThat(report.get("failures_by_reason")).hasSize(7);
        JsonNode skipped = report.get("failures_by_reason").get(0);
        assertThat(skipped.get("outcome").asText()).isEqualTo("skipped");
        assertThat(skipped.get("category").isNull()).isTrue();
        JsonNode shop = report.get("numbers").get(3);
        assertThat(shop.get("status").asText()).isEqualTo("CONNECTED");
        assertThat(shop.get("platform_type").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(shop.get("attempt_log").get(0).get("operation").asText()).isEqualTo("getPhoneNumber");
        assertThat(report.toString()).doesNotContain(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN);
        assertThat(reportRows()).allSatisfy(row -> assertThat(row).hasSize(ReportWriter.COLUMNS.size()));
        assertThat(reportRows().get(3).get(ReportWriter.COLUMNS.indexOf("reason")))
                .startsWith("Connected, but on no Business Platform API");
        assertThat(reportRows().get(3).get(ReportWriter.COLUMNS.indexOf("outcome"))).isEqualTo("skipped");
    }

    @Test
    void transientFailuresAreRetriedUntilTheNumberIsDeregistered() throws Exception {
        Map<String, NumberResult> byId = byId(run(options()));

        // the unstable line's 500s hit the read: retried, then one deregister
        assertThat(byId.get(DemoSeed.UNSTABLE.id())).satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(Outcome.DEREGISTERED);
            assertThat(r.attempts()).isEqualTo(1);
        });
        assertThat(reads(DemoSeed.UNSTABLE.id())).hasSize(3);
        assertThat(deregisterRequests(DemoSeed.UNSTABLE.id())).hasSize(1);
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
    void retriesOfAPreCheckThatRunOutLeaveTheNumberForTheNextRunWithoutADeregister() throws Exception {
        graph.simulator().transientErrors(DemoSeed.SUPPORT_BERLIN.id(), 10);

        NumberResult berlin = byId(run(options().withMaxRetries(2))).get(DemoSeed.SUPPORT_BERLIN.id());

        assertThat(berlin.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(berlin.category()).isEqualTo("server");
        assertThat(berlin.attempts()).isZero();
        assertThat(berlin.attemptLog()).hasSize(3).allSatisfy(a -> {
            assertThat(a.operation()).isEqualTo("getPhoneNumber");
            assertThat(a.outcome()).isEqualTo(Attempt.FAILURE);
        });
        assertThat(reads(DemoSeed.SUPPORT_BERLIN.id())).hasSize(3);
        assertThat(deregisterRequests(DemoSeed.SUPPORT_BERLIN.id())).isEmpty();
        assertThat(graph.phoneNumberState(DemoSeed.SUPPORT_BERLIN.id())).isEqualTo(PhoneNumberState.REGISTERED);
    }

    @Test
    void retriesOfADeregisterThatRunOutLeaveTheNumberForTheNextRun() throws Exception {
        graph.simulator().incompleteDeregistration(DemoSeed.SUPPORT_BERLIN.id(), 10);

        NumberResult berlin = byId(run(options().withMaxRetries(2))).get(DemoSeed.SUPPORT_BERLIN.id());

        assertThat(berlin.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(berlin.graphCode()).isEqualTo(133000);
        assertThat(berlin.attempts()).isEqualTo(3);
        assertThat(reads(DemoSeed.SUPPORT_BERLIN.id())).hasSize(1);
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

        // the business's rate limit stops the read already
        assertThat(sales.outcome()).isEqualTo(Outcome.RETRY_LATER);
        assertThat(sales.category()).isEqualTo("rate-limit");
        assertThat(sales.graphCode()).isEqualTo(80007);
        assertThat(sales.attempts()).isZero();
        assertThat(Instant.parse(sales.retryNotBefore())).isAfter(before.plus(Duration.ofMinutes(9)));
        assertThat(reads(DemoSeed.SALES_NEW_YORK.id())).hasSize(1);
        assertThat(deregisterRequests(DemoSeed.SALES_NEW_YORK.id())).isEmpty();
    }

    @Test
    void anInterruptedRunResumesWithoutSendingAnyNumberTwice() throws Exception {
        List<NumberResult> first = run(options().withLimit(4));

        assertThat(first).hasSize(12);
        assertThat(first).filteredOn(r -> r.outcome() == Outcome.PENDING).hasSize(8);
        assertThat(reportRows()).hasSize(12);
        // every request, reads included
        Map<String, Integer> sentInFirstRun = demoRows.stream().collect(Collectors.toMap(NumberRow::phoneNumberId,
                r -> graph.journal().forPhoneNumber(r.phoneNumberId()).size()));
        // Berlin and New York: read and deregistered; the old campaign line and the shop's app number: read
        assertThat(sentInFirstRun.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);

        List<NumberResult> second = run(options());

        assertThat(second).extracting(NumberResult::phoneNumberId)
                .containsExactlyElementsOf(demoRows.stream().map(NumberRow::phoneNumberId).toList());
        assertThat(second).noneMatch(r -> r.outcome() == Outcome.PENDING);
        assertThat(second.subList(0, 4)).allMatch(NumberResult::fromPreviousRun);
        assertThat(second.subList(4, 12)).noneMatch(NumberResult::fromPreviousRun);
        assertThat(DemoWorld.surprises(second, false)).isEmpty();
        // Berlin was deregistered in the first run: no second request (which Graph would answer with 133010).
        assertThat(deregisterRequests(DemoSeed.SUPPORT_BERLIN.id())).hasSize(1);
        // nor a second read: what the journal finished is not checked again
        for (NumberRow row : demoRows.subList(0, 4)) {
            assertThat(graph.journal().forPhoneNumber(row.phoneNumberId()))
                    .hasSize(sentInFirstRun.get(row.phoneNumberId()));
        }
        assertThat(reportRows()).extracting(row -> row.get(0))
                .containsExactlyElementsOf(demoRows.stream().map(NumberRow::phoneNumberId).toList());
        assertThat(reportJson().get("numbers")).hasSize(12);
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
        // read again: the read shows it deregistered, so no second deregister
        assertThat(reads(DemoSeed.SALES_NEW_YORK.id())).hasSize(2);
        assertThat(deregisterRequests(DemoSeed.SALES_NEW_YORK.id())).hasSize(1);
        assertThat(byId.get(DemoSeed.SALES_NEW_YORK.id()).outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
        assertThat(byId.get(DemoSeed.SALES_NEW_YORK.id()).outcome().offboarded()).isTrue();
        assertThat(reportRows()).hasSize(12);
        try (ResultJournal reopened = ResultJournal.open(journal, demoOrigin())) {
            assertThat(reopened.earlier()).hasSize(12);
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

    private List<String> reportRow(String phoneNumberId) throws Exception {
        return reportRows().stream().filter(row -> row.get(0).equals(phoneNumberId)).findFirst().orElseThrow();
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
