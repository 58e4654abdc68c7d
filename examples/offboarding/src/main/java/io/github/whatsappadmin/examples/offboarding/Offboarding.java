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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * One run: opens the journal (refusing one written in another mode or against another Graph API), takes the results
 * it already holds, sends the other numbers one by one through the route, journals each result as it comes, shows the
 * progress, and writes the reports. A {@code --plan} run reads the journal the same way but never writes it, and
 * writes its own plan files beside the reports, so nothing it found can stand for a real run's result. With the
 * shared journal a number is sent only once this instance holds its claim; the numbers that other instances hold are
 * asked for again after the first pass, until each has a result (theirs, or this instance's after a lease ran out).
 * Where Graph is (the simulator or the real one) and which tokens to use is decided by the caller.
 */
final class Offboarding {

    /**
     * Where to send, and how.
     *
     * @param baseUrl              Graph's base URL
     * @param tokens               the token for each number
     * @param secrets              every token of this run, masked in whatever the job writes
     * @param baseDelay            the first retry's backoff (then doubling)
     * @param mode                 {@link JournalOrigin#DEMO} or {@link JournalOrigin#LIVE}
     * @param accountsWithOwnToken the business accounts whose numbers are sent with their own token, for the report
     */
    record Target(String baseUrl, WhatsAppAccessTokenProvider tokens, Collection<String> secrets, Duration baseDelay,
                  String mode, Collection<String> accountsWithOwnToken) {
    }

    private final OffboardingOptions options;
    private final Target target;
    private final JournalSource journals;
    private final ConsoleOutput console;
    private final ConsoleReport report;
    private final ResultMapper mapper;
    private final Clock clock;

    /** With the file journal in the report directory. */
    Offboarding(OffboardingOptions options, Target target, ConsoleOutput console, Clock clock) {
        this(options, target, JournalSource.file(options.reportDir()), console, clock);
    }

    Offboarding(OffboardingOptions options, Target target, JournalSource journals, ConsoleOutput console,
                Clock clock) {
        this.options = options;
        this.target = target;
        this.journals = journals;
        this.console = console;
        this.report = new ConsoleReport(console, options.plan());
        this.mapper = new ResultMapper(clock, new Reasons(target.secrets()), options.plan());
        this.clock = clock;
    }

    /** Offboards the input's rows and returns one result per row, in input order; the reports are written. */
    List<NumberResult> run(InputFile input) throws Exception {
        Instant startedAt = now();
        JournalOrigin origin = new JournalOrigin(target.mode(), target.baseUrl(), options.apiVersion(),
                JobVersion.VERSION, startedAt.toString());
        Path reportDir = options.reportDir();
        if (Files.exists(reportDir) && !Files.isDirectory(reportDir)) {
            throw new InputException("--report-dir " + reportDir.toAbsolutePath() + " is a file, not a directory."
                                     + " Nothing was sent.");
        }
        List<NumberRow> rows = input.rows();
        Map<String, NumberResult> ended = new HashMap<>();
        int sent = 0;
        Duration sending;
        boolean plan = options.plan();
        try (RunJournal journal = plan ? journals.openForPlan(origin) : journals.open(origin, clock)) {
            Map<String, NumberResult> earlier = journal.earlier();
            long settled = rows.stream().filter(r -> isSettled(earlier.get(r.phoneNumberId()))).count();
            if (settled > 0) {
                console.println("Resuming from " + journal.describe() + ": " + settled + " of "
                                + Plural.of(rows.size(), "number") + " are settled there and are reported, not "
                                + (plan ? "checked" : "sent") + " again (" + (options.journal() == null
                                        ? "delete " + reportDir : "drop the journal's tables") + " to start over).");
            }
            long toSend = rows.size() - settled;
            Main main = camelMain();
            main.start();
            // from here: Camel's start-up is not part of the rate
            Progress progress = new Progress(console, clock, (int) (options.limit() > 0
                    ? Math.min(toSend, options.limit()) : toSend));
            try {
                ProducerTemplate template = main.getCamelContext().createProducerTemplate();
                progress.begin();
                // Numbers that another instance holds: asked for again once the first pass is over.
                Map<NumberRow, Instant> held = new LinkedHashMap<>();
                for (NumberRow row : rows) {
                    NumberResult previous = earlier.get(row.phoneNumberId());
                    if (isSettled(previous)) {
                        ended.put(row.phoneNumberId(), previous.reportedAgain(row));
                        report.line(ended.size(), rows.size(), previous.reportedAgain(row));
                    } else if (options.limit() > 0 && sent >= options.limit()) {
                        ended.put(row.phoneNumberId(), pending(row));
                        report.line(ended.size(), rows.size(), pending(row));
                    } else {
                        sent += offboardOrDefer(journal, template, row, held, ended, rows.size(), progress);
                    }
                }
                while (!held.isEmpty()) {
                    if (options.limit() > 0 && sent >= options.limit()) {
                        for (NumberRow row : held.keySet()) { // left to the others, or to the next run
                            ended.put(row.phoneNumberId(), pending(row));
                            report.line(ended.size(), rows.size(), pending(row));
                        }
                        break;
                    }
                    waitUntil(held.values().stream().min(Instant::compareTo).orElseThrow());
                    for (Map.Entry<NumberRow, Instant> h : List.copyOf(held.entrySet())) {
                        if (!now().isBefore(h.getValue())) {
                            held.remove(h.getKey());
                            sent += offboardOrDefer(journal, template, h.getKey(), held, ended, rows.size(), progress);
                        }
                    }
                }
            } finally {
                sending = progress.end();
                main.stop();
            }
        }
        List<NumberResult> results = rows.stream().map(r -> ended.get(r.phoneNumberId())).toList();
        Duration elapsed = Duration.between(startedAt, now());
        ReportWriter.write(reportDir, new RunReport(origin, plan, startedAt.toString(), now().toString(), input,
                options.forReport(target.accountsWithOwnToken()), sent, results));
        report.table(results, sent, sending, elapsed);
        return results;
    }

    /**
     * Sends the number when the journal grants it to this instance, takes the result another instance recorded for
     * it, or else remembers when to ask again; returns the numbers sent (0 or 1).
     */
    private int offboardOrDefer(RunJournal journal, ProducerTemplate template, NumberRow row,
                                Map<NumberRow, Instant> held, Map<String, NumberResult> ended, int total,
                                Progress progress) throws IOException {
        RunJournal.Claim claim = journal.claim(row.phoneNumberId());
        NumberResult result;
        if (claim.granted()) {
            result = offboard(template, row);
            journal.append(result);
        } else if (claim.doneBy() != null) {
            result = claim.doneBy();
        } else {
            held.put(row, claim.askAgainAt());
            return 0;
        }
        ended.put(row.phoneNumberId(), result);
        report.line(ended.size(), total, result);
        progress.numberDone();
        return claim.granted() ? 1 : 0;
    }

    private void waitUntil(Instant at) throws InterruptedException {
        long millis = Duration.between(clock.instant(), at).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private boolean isSettled(NumberResult previous) {
        return previous != null && previous.settled(clock.instant());
    }

    private NumberResult offboard(ProducerTemplate template, NumberRow row) {
        Exchange done = template.send(OffboardingRoutes.OFFBOARD, exchange -> mapper.start(exchange, row));
        if (done.getException() != null) {
            throw new IllegalStateException("the route did not handle a failure", done.getException());
        }
        return done.getMessage().getBody(NumberResult.class);
    }

    private NumberResult pending(NumberRow row) {
        return new NumberResult(row.phoneNumberId(), row.label(), row.account(), Outcome.PENDING, null, null, null,
                null, null, null, 0, 0, null, null, null, null, false, List.of());
    }

    private Main camelMain() {
        Main main = new Main();
        main.bind("accessTokenProvider", target.tokens());
        WhatsAppRegistrationBudgetStore budget = journals.budgetStore();
        if (budget != null) { // the allowance of each number is shared with the other instances
            main.bind("registrationBudgetStore", budget);
            main.addOverrideProperty("camel.component.whatsapp-admin.registration-budget-store",
                    "#registrationBudgetStore");
        }
        main.addOverrideProperty("camel.component.whatsapp-admin.base-url", target.baseUrl());
        main.addOverrideProperty("camel.component.whatsapp-admin.api-version", options.apiVersion());
        main.configure().addRoutesBuilder(new OffboardingRoutes(
                new RetryPolicy(options.maxRetries(), target.baseDelay(), options.maxWait(), console::println),
                mapper, options.plan()));
        return main;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
