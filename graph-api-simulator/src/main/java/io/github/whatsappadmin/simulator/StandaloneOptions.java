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
package io.github.whatsappadmin.simulator;

/** The command line of the standalone simulator. */
record StandaloneOptions(int port, String bindAddress, boolean demoSeed, int bulkNumbers, boolean help) {

    static final int DEFAULT_PORT = 8089;

    static final String USAGE = """
            Usage: java -jar graph-api-simulator-<version>.jar [--port <port>] [--bind-address <address>]
                                                              [--seed demo|none] [--bulk-numbers <count>] [--help]

            A local, stateful stand-in for the WhatsApp Cloud API phone-number administration of Meta's Graph API:
            request_code, verify_code, the two-step PIN, register, deregister, reading a number and listing a
            business account's numbers. Prints each verification code it issues. Runs until Ctrl-C.

              --port <port>             port to listen on, 0 for a free one (default 8089)
              --bind-address <address>  local address to listen on (default 127.0.0.1: this machine only);
                                        0.0.0.0 for every interface: no TLS, trust the network first
              --seed demo|none          demo: load the demo accounts, numbers and tokens (see docs/testing.md);
                                        none: start empty (default)
              --bulk-numbers <count>    with --seed demo: registered numbers in the demo's bulk business
                                        account, 0 to 100000 (default 250)
              --help                    print this help
            """;

    static StandaloneOptions parse(String... args) {
        int port = DEFAULT_PORT;
        String bindAddress = GraphApiSimulator.DEFAULT_BIND_ADDRESS;
        boolean demo = false;
        Integer bulk = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return new StandaloneOptions(port, bindAddress, demo, DemoSeed.BULK_NUMBERS, true);
                }
                case "--port" -> port = parsePort(valueAfter(args, i++));
                case "--bind-address" -> bindAddress = parseBindAddress(valueAfter(args, i++));
                case "--seed" -> demo = parseSeed(valueAfter(args, i++));
                case "--bulk-numbers" -> bulk = parseBulk(valueAfter(args, i++));
                default -> throw new IllegalArgumentException("unknown option: " + args[i]);
            }
        }
        if (bulk != null && !demo) {
            throw new IllegalArgumentException("--bulk-numbers sizes the demo's bulk account: add --seed demo");
        }
        return new StandaloneOptions(port, bindAddress, demo, bulk == null ? DemoSeed.BULK_NUMBERS : bulk, false);
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

    private static String parseBindAddress(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("--bind-address takes a local address such as 127.0.0.1, not a blank");
        }
        return value;
    }

    private static boolean parseSeed(String value) {
        return switch (value) {
            case "demo" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("--seed takes demo or none, not " + value);
        };
    }

    private static int parseBulk(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0 && count <= AccountSetup.MAX_GENERATED_NUMBERS) {
                return count;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(
                "--bulk-numbers takes a number from 0 to " + AccountSetup.MAX_GENERATED_NUMBERS + ", not " + value);
    }
}
