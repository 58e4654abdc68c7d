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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * One run: opens the journal (refusing one written in another mode or against another Graph API), takes the results
 * it already holds, sends the other numbers one by one through the route, journals each result as it comes, shows the
 * progress, and writes the reports. A {@code --plan} run reads the journal the same way but never writes it, and
 * writes its own plan files beside the reports, so nothing it found can stand for a real run's result. Where Graph is
 * (the simulator or the real one) and which tokens to use is decided by the caller.
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
    private final ConsoleOutput console;
    private final ConsoleReport report;
    private final ResultMapper mapper;
    private final Clock clock;

    Offboarding(OffboardingOptions options, Target target, ConsoleOutput console, Clock clock) {
        this.options = options;
        this.target = target;
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
        List<NumberResult> results = new ArrayList<>();
        Path journalFile = reportDir.resolve(ResultJournal.FILE_NAME);
        int sent = 0;
        Duration sending;
        boolean plan = options.plan();
        // try-with-resources takes the null of a plan run: it has no journal to write to
        try (ResultJournal journal = plan ? null : ResultJournal.open(journalFile, origin)) {
            Map<String, NumberResult> earlier = plan ? ResultJournal.readOnly(journalFile, origin) : journal.earlier();
            long settled = rows.stream().filter(r -> isSettled(earlier.get(r.phoneNumberId()))).count();
            if (settled > 0) {
                console.println("Resuming from " + journalFile.toAbsolutePath() + ": " + settled + " of "
                                + Plural.of(rows.size(), "number") + " are settled there and are reported, not "
                                + (plan ? "checked" : "sent") + " again (delete " + reportDir + " to start over).");
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
                for (NumberRow row : rows) {
                    NumberResult previous = earlier.get(row.phoneNumberId());
                    NumberResult result;
                    if (isSettled(previous)) {
                        result = previous.reportedAgain(row);
                    } else if (options.limit() > 0 && sent >= options.limit()) {
                        result = pending(row);
                    } else {
                        result = offboard(template, row);
                        if (!plan) {
                            journal.append(result);
                        }
                        sent++;
                    }
                    results.add(result);
                    report.line(results.size(), rows.size(), result);
                    if (result == previous || result.outcome() == Outcome.PENDING) {
                        continue;
                    }
                    progress.numberDone();
                }
            } finally {
                sending = progress.end();
                main.stop();
            }
        }
        Duration elapsed = Duration.between(startedAt, now());
        ReportWriter.write(reportDir, new RunReport(origin, plan, startedAt.toString(), now().toString(), input,
                options.forReport(target.accountsWithOwnToken()), sent, results));
        report.table(results, sent, sending, elapsed);
        return results;
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
