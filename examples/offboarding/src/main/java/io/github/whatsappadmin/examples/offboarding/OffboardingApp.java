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
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.simulator.GraphApiSimulator;

/**
 * The command: offboards the numbers of a CSV file and reports how each ended; with {@code --plan}, only reads them and
 * reports what a real run would do. Without {@code --live} (and {@code WHATSAPP_ACCESS_TOKEN}) it starts the Graph API
 * simulator in-process with demo data: nothing leaves the machine.
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
    private final boolean terminal;
    private final String liveGraphUrl;

    OffboardingApp(Map<String, String> environment, PrintStream out, PrintStream err) {
        this(environment, out, err, false, GRAPH_URL);
    }

    /**
     * @param terminal     whether {@code out} is a terminal (the progress line is redrawn in place)
     * @param liveGraphUrl where {@code --live} sends: Graph, or in tests a server on loopback
     */
    OffboardingApp(Map<String, String> environment, PrintStream out, PrintStream err, boolean terminal,
                   String liveGraphUrl) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.liveGraphUrl = liveGraphUrl;
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        boolean terminal = stdoutIsTerminal() && !"true".equalsIgnoreCase(environment.get("CI"))
                           && !"dumb".equals(environment.get("TERM"));
        System.exit(new OffboardingApp(environment, System.out, System.err, terminal, GRAPH_URL).run(args));
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
        InputFile input = readInput(options);
        JournalSource journals = JournalSource.of(options, environment);
        ConsoleOutput console = console();
        console.println("--live: calling the real Graph API at " + liveGraphUrl + " (" + options.apiVersion()
                        + ") with " + TOKEN_VARIABLE + "; input " + input.name());
        printPlan(console, options);
        AccountTokenProvider tokens = new AccountTokenProvider(input.rows(),
                AccountTokenProvider.accountTokensFrom(environment), token);
        List<NumberResult> results = new Offboarding(options, new Offboarding.Target(liveGraphUrl, tokens,
                tokens.tokens(), LIVE_BASE_DELAY, JournalOrigin.LIVE, tokens.accountsWithOwnToken()), journals,
                console, Clock.systemUTC()).run(input);
        // a plan: would every number end off the platform?
        boolean allOffboarded = results.stream()
                .allMatch(r -> r.outcome().offboarded() || r.outcome() == Outcome.WOULD_DEREGISTER);
        printPending(console, results, options.plan());
        if (options.plan()) {
            console.println(allOffboarded ? "Every number would be deregistered, or already is: exit code 0."
                    : "Some numbers would not be deregistered, or could not be checked (see the plan): exit code 1.");
        } else {
            console.println(allOffboarded ? "Every number is deregistered: exit code 0."
                    : "Some numbers are not deregistered (see the report): exit code 1.");
        }
        printReportPaths(console, options);
        return allOffboarded ? OK : NOT_ALL_OFFBOARDED;
    }

    private int demo(OffboardingOptions options) throws Exception {
        InputFile input = readInput(options);
        JournalSource journals = JournalSource.of(options, environment);
        try (GraphApiSimulator simulator = GraphApiSimulator.create()) {
            DemoWorld.seed(simulator.start(), input.rows());
            ConsoleOutput console = console();
            String why = environment.containsKey(TOKEN_VARIABLE)
                    ? TOKEN_VARIABLE + " is set, but without --live"
                    : "No " + TOKEN_VARIABLE + "/--live";
            console.println(why + ": running against the embedded Graph API simulator at " + simulator.baseUrl()
                            + " (demo data; nothing leaves this machine)");
            console.println("Input: " + input.name() + " (" + Plural.of(input.rows().size(), "number") + ")");
            printPlan(console, options);
            int own = DemoWorld.notInDemo(input.rows()).size();
            if (own > 0) {
                console.println(Plural.of(own, "number") + " of the list " + (own == 1 ? "is" : "are") + " not in the"
                                + " demo data: the simulator holds " + (own == 1 ? "it" : "them") + " as registered"
                                + " numbers, to show how a run of this list goes.");
            }
            AccountTokenProvider tokens = DemoWorld.tokens(input.rows());
            List<NumberResult> results = new Offboarding(options, new Offboarding.Target(simulator.baseUrl(), tokens,
                    tokens.tokens(), DEMO_BASE_DELAY, JournalOrigin.DEMO, tokens.accountsWithOwnToken()), journals,
                    console, Clock.systemUTC()).run(input);
            List<String> surprises = DemoWorld.surprises(results, options.plan());
            boolean pending = printPending(console, results, options.plan());
            if (!surprises.isEmpty()) {
                console.println("Not what the demo expects: exit code 1.");
                surprises.forEach(s -> console.println("  " + s));
            } else if (pending) {
                console.println("Exit code 1 until every number is " + (options.plan() ? "checked." : "sent."));
            } else if (options.plan()) {
                console.println("Every number would end as the demo expects: exit code 0. Without --plan the same"
                                + " command deregisters them.");
            } else {
                console.println("Every number ended as the demo expects (failures included, on purpose): exit code 0."
                                + " With --live, any number not deregistered makes it 1.");
            }
            printReportPaths(console, options);
            return surprises.isEmpty() && !pending ? OK : NOT_ALL_OFFBOARDED;
        }
    }

    private ConsoleOutput console() {
        return new ConsoleOutput(out, terminal);
    }

    private InputFile readInput(OffboardingOptions options) throws IOException, InputException {
        if (options.input() == null) {
            try (InputStream bundled = OffboardingApp.class.getClassLoader().getResourceAsStream(DEMO_INPUT)) {
                if (bundled == null) {
                    throw new InputException("the bundled demo list " + DEMO_INPUT + " is missing; pass --input"
                                             + " <file>");
                }
                return InputFile.parse("the bundled demo list, examples/offboarding/" + DEMO_INPUT,
                        bundled.readAllBytes());
            }
        }
        String name = options.input().toAbsolutePath().toString();
        if (Files.isDirectory(options.input())) {
            throw new InputException("--input " + name + " is a directory; give the CSV file");
        }
        try {
            return InputFile.parse(name, Files.readAllBytes(options.input()));
        } catch (NoSuchFileException e) {
            throw new InputException("--input " + name + " does not exist");
        } catch (AccessDeniedException e) {
            throw new InputException("--input " + name + " cannot be read (permission denied)");
        }
    }

    private static void printPlan(ConsoleOutput console, OffboardingOptions options) {
        if (options.plan()) {
            console.println("--plan: each number is only read (getPhoneNumber) to say what a real run would do;"
                            + " nothing is deregistered, and the journal is read, never written.");
        }
    }

    /** Says how many numbers wait for the next run ({@code --limit}); true when there are any. */
    private static boolean printPending(ConsoleOutput console, List<NumberResult> results, boolean plan) {
        long pending = results.stream().filter(r -> r.outcome() == Outcome.PENDING).count();
        if (pending > 0) {
            console.println(Plural.of(pending, "number") + (pending == 1 ? " was" : " were") + " not "
                            + (plan ? "checked" : "sent") + " in this run (--limit): run the same command again to"
                            + " continue.");
        }
        return pending > 0;
    }

    private static void printReportPaths(ConsoleOutput console, OffboardingOptions options) {
        List<String> files = ReportWriter.files(options.plan());
        console.println((options.plan() ? "Plan:   " : "Report: ")
                        + options.reportDir().resolve(files.get(2)).toAbsolutePath());
        console.println("        " + options.reportDir().resolve(files.get(0)).toAbsolutePath());
        console.println("        " + options.reportDir().resolve(files.get(1)).toAbsolutePath());
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

    /**
     * Whether standard output is a terminal. Up to Java 21 {@link System#console()} is null unless it is; from Java 22
     * on there is a console even when output is redirected, and {@code Console.isTerminal()} says.
     */
    private static boolean stdoutIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
