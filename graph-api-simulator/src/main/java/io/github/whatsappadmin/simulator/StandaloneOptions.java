package io.github.whatsappadmin.simulator;

/** The command line of the standalone simulator. */
record StandaloneOptions(int port, boolean demoSeed, boolean help) {

    static final int DEFAULT_PORT = 8089;

    static final String USAGE = """
            Usage: java -jar graph-api-simulator-<version>.jar [--port <port>] [--seed demo|none] [--help]

            A local, stateful stand-in for the WhatsApp Cloud API phone-number administration of Meta's Graph API:
            POST /{version}/{phone-number-id}/deregister and /register. Runs until Ctrl-C.

              --port <port>      port to listen on, 0 for a free one (default 8089)
              --seed demo|none   demo: load the demo accounts, numbers and tokens (see docs/testing.md);
                                 none: start empty (default)
              --help             print this help
            """;

    static StandaloneOptions parse(String... args) {
        int port = DEFAULT_PORT;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return new StandaloneOptions(port, demo, true);
                }
                case "--port" -> port = parsePort(valueAfter(args, i++));
                case "--seed" -> demo = parseSeed(valueAfter(args, i++));
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        return new StandaloneOptions(port, demo, false);
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--port takes a number from 0 to 65535, not " + value);
    }

    private static boolean parseSeed(String value) {
        return switch (value) {
            case "demo" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("--seed takes demo or none, not " + value);
        };
    }
}
