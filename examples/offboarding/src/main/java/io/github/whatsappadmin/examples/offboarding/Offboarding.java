package io.github.whatsappadmin.examples.offboarding;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;

/**
 * One run: takes the results the journal already holds, sends the other numbers one by one through the route, journals
 * each result as it comes, and writes the report. Where Graph is (the simulator or the real one) and which tokens to
 * use is decided by the caller.
 */
final class Offboarding {

    /**
     * Where to send, and how.
     *
     * @param baseUrl   Graph's base URL
     * @param tokens    the token for each number
     * @param baseDelay the first retry's backoff (then doubling)
     * @param mode      {@code demo} or {@code live}, for the report
     */
    record Target(String baseUrl, WhatsAppAccessTokenProvider tokens, Duration baseDelay, String mode) {
    }

    private final OffboardingOptions options;
    private final Target target;
    private final ConsoleReport console;
    private final PrintStream out;
    private final Clock clock;

    Offboarding(OffboardingOptions options, Target target, PrintStream out, Clock clock) {
        this.options = options;
        this.target = target;
        this.out = out;
        this.console = new ConsoleReport(out);
        this.clock = clock;
    }

    /** Offboards the rows and returns one result per row, in input order; the report is written. */
    List<NumberResult> run(List<NumberRow> rows) throws Exception {
        Path journalFile = options.reportDir().resolve(ResultJournal.FILE_NAME);
        Map<String, NumberResult> earlier = ResultJournal.load(journalFile);
        List<NumberResult> results = new ArrayList<>();
        long settled = rows.stream().filter(r -> isSettled(earlier.get(r.phoneNumberId()))).count();
        if (settled > 0) {
            out.println("Resuming from " + journalFile.toAbsolutePath() + ": " + settled + " of " + rows.size()
                        + " numbers are settled there and are reported, not sent again (delete "
                        + options.reportDir() + " to start over).");
        }
        Main main = camelMain();
        main.start();
        try (ResultJournal journal = ResultJournal.openForAppend(journalFile)) {
            ProducerTemplate template = main.getCamelContext().createProducerTemplate();
            int sent = 0;
            for (NumberRow row : rows) {
                NumberResult previous = earlier.get(row.phoneNumberId());
                NumberResult result;
                if (isSettled(previous)) {
                    result = previous.reportedAgain(row);
                } else if (options.limit() > 0 && sent >= options.limit()) {
                    result = pending(row);
                } else {
                    result = offboard(template, row);
                    journal.append(result);
                    sent++;
                }
                results.add(result);
                console.line(results.size(), rows.size(), result);
            }
        } finally {
            main.stop();
        }
        ReportWriter.write(options.reportDir(), target.mode(), results);
        console.table(results);
        return results;
    }

    private boolean isSettled(NumberResult previous) {
        return previous != null && previous.settled(clock.instant());
    }

    private NumberResult offboard(ProducerTemplate template, NumberRow row) {
        Exchange done = template.send(OffboardingRoutes.OFFBOARD, exchange -> {
            exchange.setProperty(ResultMapper.ROW, row);
            exchange.setProperty(ResultMapper.STARTED, System.nanoTime());
            exchange.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID,
                    row.phoneNumberId());
        });
        if (done.getException() != null) {
            throw new IllegalStateException("the route did not handle a failure", done.getException());
        }
        return done.getMessage().getBody(NumberResult.class);
    }

    private NumberResult pending(NumberRow row) {
        return new NumberResult(row.phoneNumberId(), row.label(), row.account(), Outcome.PENDING, null, null, null,
                null, 0, 0, null, null, null, false);
    }

    private Main camelMain() {
        Main main = new Main();
        main.bind("accessTokenProvider", target.tokens());
        main.addOverrideProperty("camel.component.whatsapp-admin.base-url", target.baseUrl());
        main.addOverrideProperty("camel.component.whatsapp-admin.api-version", options.apiVersion());
        main.configure().addRoutesBuilder(new OffboardingRoutes(
                new RetryPolicy(options.maxRetries(), target.baseDelay(), options.maxWait(), out::println),
                new ResultMapper(clock)));
        return main;
    }
}
