package io.github.whatsappadmin.examples.offboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.simulator.GraphApiSimulator;

/**
 * The command: offboards the numbers of a CSV file and reports how each ended. Without {@code --live} (and
 * {@code WHATSAPP_ACCESS_TOKEN}) it starts the Graph API simulator in-process with demo data: nothing leaves the
 * machine.
 */
public final class OffboardingApp {

    static final String TOKEN_VARIABLE = "WHATSAPP_ACCESS_TOKEN";
    static final String GRAPH_URL = "https://graph.facebook.com";
    static final String DEMO_INPUT = "numbers.csv";

    static final int OK = 0;
    static final int NOT_ALL_OFFBOARDED = 1;
    static final int USAGE = 2;

    /** Short in the demo, so it ends in seconds; against Graph a first retry after 2 s, then 4, 8, ... */
    static final Duration DEMO_BASE_DELAY = Duration.ofMillis(100);
    static final Duration LIVE_BASE_DELAY = Duration.ofSeconds(2);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    OffboardingApp(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new OffboardingApp(System.getenv(), System.out, System.err).run(args));
    }

    /** Runs the command and returns its exit code. */
    int run(String... args) {
        try {
            OffboardingOptions options = OffboardingOptions.parse(args);
            if (options.help()) {
                out.print(OffboardingOptions.USAGE);
                return OK;
            }
            return options.live() ? live(options) : demo(options);
        } catch (InputException e) {
            err.println("offboarding: " + e.getMessage());
            return USAGE;
        } catch (Exception e) {
            err.println("offboarding: " + message(e));
            return USAGE;
        }
    }

    private int live(OffboardingOptions options) throws Exception {
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new InputException("--live calls the real Graph API and needs the access token in the environment"
                                     + " variable " + TOKEN_VARIABLE + "; it is not set. Nothing was sent.");
        }
        if (options.input() == null) {
            throw new InputException("--live needs --input <file> with your numbers (the bundled list is demo data)."
                                     + " Nothing was sent.");
        }
        out.println("--live: calling the real Graph API at " + GRAPH_URL + " (" + options.apiVersion() + ") with "
                    + TOKEN_VARIABLE + "; input " + options.input());
        List<NumberRow> rows = readInput(options);
        AccountTokenProvider tokens = new AccountTokenProvider(rows,
                AccountTokenProvider.accountTokensFrom(environment), token);
        List<NumberResult> results = new Offboarding(options,
                new Offboarding.Target(GRAPH_URL, tokens, LIVE_BASE_DELAY, "live"), out, Clock.systemUTC()).run(rows);
        boolean allOffboarded = results.stream().allMatch(r -> r.outcome().offboarded());
        printPending(results);
        out.println(allOffboarded ? "Every number is deregistered: exit code 0."
                : "Some numbers are not deregistered (see the report): exit code 1.");
        printReportPaths(options);
        return allOffboarded ? OK : NOT_ALL_OFFBOARDED;
    }

    private int demo(OffboardingOptions options) throws Exception {
        try (GraphApiSimulator simulator = GraphApiSimulator.create()) {
            DemoWorld.seed(simulator.start());
            String why = environment.containsKey(TOKEN_VARIABLE)
                    ? TOKEN_VARIABLE + " is set, but without --live"
                    : "No " + TOKEN_VARIABLE + "/--live";
            out.println(why + ": running against the embedded Graph API simulator at " + simulator.baseUrl()
                        + " (demo data; nothing leaves this machine)");
            List<NumberRow> rows = readInput(options);
            List<NumberResult> results = new Offboarding(options,
                    new Offboarding.Target(simulator.baseUrl(), DemoWorld.tokens(rows), DEMO_BASE_DELAY, "demo"), out,
                    Clock.systemUTC()).run(rows);
            List<String> surprises = DemoWorld.surprises(results);
            boolean pending = printPending(results);
            if (!surprises.isEmpty()) {
                out.println("Not what the demo expects: exit code 1.");
                surprises.forEach(s -> out.println("  " + s));
            } else if (pending) {
                out.println("Exit code 1 until every number is sent.");
            } else {
                out.println("Every number ended as the demo expects (failures included, on purpose): exit code 0."
                            + " With --live, any number not deregistered makes it 1.");
            }
            printReportPaths(options);
            return surprises.isEmpty() && !pending ? OK : NOT_ALL_OFFBOARDED;
        }
    }

    private List<NumberRow> readInput(OffboardingOptions options) throws IOException, InputException {
        if (options.input() == null) {
            InputStream bundled = OffboardingApp.class.getClassLoader().getResourceAsStream(DEMO_INPUT);
            if (bundled == null) {
                throw new InputException("the bundled demo list " + DEMO_INPUT + " is missing; pass --input <file>");
            }
            try (Reader reader = new InputStreamReader(bundled, StandardCharsets.UTF_8)) {
                out.println("Input: the bundled demo list (examples/offboarding/" + DEMO_INPUT + ")");
                return NumbersCsv.read(reader, DEMO_INPUT);
            }
        }
        try (Reader reader = Files.newBufferedReader(options.input(), StandardCharsets.UTF_8)) {
            return NumbersCsv.read(reader, options.input().toString());
        } catch (NoSuchFileException e) {
            throw new InputException("input file " + options.input().toAbsolutePath() + " does not exist");
        }
    }

    /** Says how many numbers wait for the next run ({@code --limit}); true when there are any. */
    private boolean printPending(List<NumberResult> results) {
        long pending = results.stream().filter(r -> r.outcome() == Outcome.PENDING).count();
        if (pending > 0) {
            out.println(pending + (pending == 1 ? " number was" : " numbers were") + " not sent in this run"
                        + " (--limit): run the same command again to continue.");
        }
        return pending > 0;
    }

    private void printReportPaths(OffboardingOptions options) {
        out.println("Report: " + options.reportDir().resolve(ReportWriter.CSV).toAbsolutePath());
        out.println("        " + options.reportDir().resolve(ReportWriter.JSON).toAbsolutePath());
    }

    /** What to fix: the component's own message (a bad option) when there is one, else the failure's. */
    private static String message(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WhatsAppAdminException) {
                return t.getMessage();
            }
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
