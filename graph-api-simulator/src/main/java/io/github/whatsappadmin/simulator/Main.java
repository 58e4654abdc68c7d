package io.github.whatsappadmin.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar graph-api-simulator.jar --port 8089 --seed demo}: the simulator as a local server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        StandaloneOptions options;
        try {
            options = StandaloneOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StandaloneOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StandaloneOptions.USAGE);
            return;
        }
        GraphApiSimulator simulator = launch(options, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "graph-api-simulator-shutdown"));
        stopped.await();
    }

    /** Starts the simulator as the options say and prints how to use it; the caller stops it. */
    static GraphApiSimulator launch(StandaloneOptions options, PrintStream out) {
        GraphApiSimulator simulator = GraphApiSimulator.create(options.port()).start();
        if (options.demoSeed()) {
            DemoSeed.apply(simulator);
        }
        out.println("Graph API simulator listening on " + simulator.baseUrl());
        if (options.demoSeed()) {
            printDemo(simulator, out);
        } else {
            out.println("Empty: no accounts, numbers or tokens (start with --seed demo for a ready-made set).");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return simulator;
    }

    private static void printDemo(GraphApiSimulator simulator, PrintStream out) {
        out.println();
        out.println("Tokens: " + DemoSeed.TOKEN + " (valid), " + DemoSeed.EXPIRED_TOKEN + " (expired)");
        out.println();
        out.printf("%-17s %-33s %s%n", "phone number ID", "label", "deregister with " + DemoSeed.TOKEN);
        for (DemoNumber number : DemoSeed.NUMBERS) {
            out.printf("%-17s %-33s %s%n", number.id(), number.label(), number.expected().description());
        }
        out.println();
        out.println("Try:");
        out.println("  curl -i -X POST " + simulator.baseUrl() + "/" + GraphApiSimulator.DEFAULT_API_VERSION + "/"
                + DemoSeed.SUPPORT_BERLIN.id() + "/deregister -H 'Authorization: Bearer " + DemoSeed.TOKEN
                + "' -H 'Content-Type: application/json' -d '{}'");
        out.println();
    }
}
