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

import java.io.PrintStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
        GraphApiSimulator simulator;
        try {
            simulator = launch(options, System.out);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // One line, no stack trace: a taken port or a wrong address is the user's to fix, not a crash.
            System.err.println("Graph API simulator: " + e.getMessage()
                               + " (choose another --port, 0 picks a free one, or another --bind-address)");
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "graph-api-simulator-shutdown"));
        stopped.await();
    }

    /**
     * Starts the simulator as the options say and prints how to use it, and later each verification code it issues;
     * the caller stops it.
     *
     * @throws IllegalArgumentException when the bind address is not an address
     * @throws IllegalStateException    when it cannot listen there (port taken, address not this machine's)
     */
    static GraphApiSimulator launch(StandaloneOptions options, PrintStream out) {
        GraphApiSimulator simulator = GraphApiSimulator.create(options.port(), options.bindAddress());
        // The simulated SMS or call: a person trying the lifecycle by hand reads the code here.
        simulator.onVerificationCode((id, code) -> {
            out.println("Verification code for " + id + ": " + code.code() + " (" + code.method() + ", "
                        + code.language() + ", valid " + VerificationCode.VALIDITY.toMinutes() + " minutes)");
            out.flush();
        });
        simulator.start();
        if (options.demoSeed()) {
            DemoSeed.apply(simulator, options.bulkNumbers());
        }
        out.println("Graph API simulator listening on " + simulator.baseUrl() + " (" + reach(simulator) + ")");
        if (options.demoSeed()) {
            printDemo(simulator, options.bulkNumbers(), out);
        } else {
            out.println("Empty: no accounts, numbers or tokens (start with --seed demo for a ready-made set).");
        }
        out.println("Verification codes that request_code issues are printed here, as the phone would show them.");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        return simulator;
    }

    private static String reach(GraphApiSimulator simulator) {
        String address = simulator.bindAddress();
        try {
            InetAddress bound = InetAddress.getByName(address);
            if (bound.isAnyLocalAddress()) {
                return "bound to " + address + ": every interface, reachable from other machines";
            }
            if (bound.isLoopbackAddress()) {
                return "bound to " + address + ": this machine only";
            }
        } catch (UnknownHostException e) {
            // a literal address always resolves; fall through to the plain form
        }
        return "bound to " + address;
    }

    private static void printDemo(GraphApiSimulator simulator, int bulkNumbers, PrintStream out) {
        String v = simulator.baseUrl() + "/" + GraphApiSimulator.DEFAULT_API_VERSION + "/";
        String auth = " -H 'Authorization: Bearer " + DemoSeed.TOKEN + "'";
        out.println();
        out.println("Tokens: " + DemoSeed.TOKEN + " (valid), " + DemoSeed.EXPIRED_TOKEN + " (expired)");
        out.println();
        out.printf("%-17s %-33s %s%n", "phone number ID", "label", "deregister with " + DemoSeed.TOKEN);
        for (DemoNumber number : DemoSeed.NUMBERS) {
            out.printf("%-17s %-33s %s%n", number.id(), number.label(), number.expected().description());
        }
        out.println();
        out.printf("%-17s %s%n", "onboarding", "label");
        for (DemoNumber number : DemoSeed.ONBOARDING_NUMBERS) {
            out.printf("%-17s %s%n", number.id(), number.label());
        }
        out.println("(the verified line's two-step PIN is " + DemoSeed.VERIFIED_LINE_PIN + ")");
        if (bulkNumbers > 0) {
            String last = new BigInteger(DemoSeed.BULK_FIRST_ID).add(BigInteger.valueOf(bulkNumbers - 1)).toString();
            out.println();
            out.println("Business account " + DemoSeed.ACCOUNT_BULK + ": " + bulkNumbers + " registered numbers, "
                        + DemoSeed.BULK_FIRST_ID + " to " + last + ", to page through");
        }
        out.println();
        out.println("Try:");
        out.println("  curl -i -X POST " + v + DemoSeed.SUPPORT_BERLIN.id() + "/deregister" + auth
                    + " -H 'Content-Type: application/json' -d '{}'");
        out.println("  curl -i '" + v + DemoSeed.NEW_LINE.id() + "?fields=status,code_verification_status'" + auth);
        out.println("  curl -i -X POST " + v + DemoSeed.NEW_LINE.id() + "/request_code" + auth
                    + " -H 'Content-Type: application/json' -d '{\"code_method\":\"SMS\",\"language\":\"en_US\"}'");
        out.println("  curl -i '" + v + DemoSeed.ACCOUNT_BULK + "/phone_numbers?limit=2'" + auth);
        out.println();
    }
}
