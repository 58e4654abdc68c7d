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
package io.github.whatsappadmin.examples.yaml;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.whatsappadmin.simulator.DemoNumber;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import org.apache.camel.main.Main;

/**
 * Runs camel/deregister.camel.yaml and camel/onboarding.camel.yaml on Camel Main. With a token given
 * (WHATSAPP_ACCESS_TOKEN or -Dwhatsapp.access-token) it calls Graph, and the verification code is typed on the
 * console; without one it starts the local Graph simulator with its demo numbers and points the routes at it, so that
 * the example needs no credentials and no network.
 */
public final class YamlExample {

    /** One demo number per outcome: deregistered, already deregistered, unknown ID. */
    static final List<DemoNumber> DEMO_NUMBERS = List.of(DemoSeed.SUPPORT_BERLIN, DemoSeed.OLD_CAMPAIGN,
            DemoSeed.MISTYPED);
    /** The demo's two-step verification PIN, for the simulator only: a real one comes from WHATSAPP_TWO_STEP_PIN. */
    static final String DEMO_TWO_STEP_PIN = "048213";
    /** The bean camel/onboarding.camel.yaml reads the verification code from. */
    static final String VERIFICATION_CODES = "verificationCodes";

    private YamlExample() {
    }

    /**
     * Exits 0 once the list is done, 1 when the route cannot start (a bad option, say): Camel Main leaves a non-daemon
     * thread behind after a failed start, which would keep the JVM, and a CI job, waiting forever.
     */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("The YAML example could not run: " + rootCause(e));
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String... args) throws Exception {
        if (tokenGiven()) {
            run(Map.of(), new ConsoleVerificationCodes(), args);
            return;
        }
        try (GraphApiSimulator simulator = DemoSeed.apply(GraphApiSimulator.create().start())) {
            System.out.println("No token given: onboarding, listing and deregistering demo numbers on the Graph "
                               + "simulator at " + simulator.baseUrl());
            runAgainst(simulator, args);
        }
    }

    /** The innermost cause, which names the option and the fix; Camel's wrappers around it only repeat the route. */
    static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Runs the routes once against the simulator, as the example does without a token; returns when they are done. */
    static void runAgainst(GraphApiSimulator simulator, String... args) throws Exception {
        run(demoProperties(simulator), new SimulatedPhone(simulator), args);
    }

    /** Runs the routes once with these properties over application.properties; returns when they are done. */
    static void run(Map<String, String> properties, VerificationCodes codes, String... args) throws Exception {
        Main main = new Main();
        main.bind(VERIFICATION_CODES, codes);
        properties.forEach(main::addOverrideProperty);
        main.run(args);
    }

    /** The demo: three numbers to deregister, the new line to onboard, the EU business account to list. */
    static Map<String, String> demoProperties(GraphApiSimulator simulator) {
        return Map.of(
                "whatsapp.base-url", simulator.baseUrl(),
                "whatsapp.access-token", DemoSeed.TOKEN,
                "whatsapp.phone-number-ids", DEMO_NUMBERS.stream().map(DemoNumber::id).collect(Collectors.joining(",")),
                "whatsapp.onboarding.phone-number-id", DemoSeed.NEW_LINE.id(),
                "whatsapp.business-account-id", DemoSeed.ACCOUNT_EU,
                "whatsapp.two-step-pin", DEMO_TWO_STEP_PIN);
    }

    private static boolean tokenGiven() {
        return !isBlank(System.getProperty("whatsapp.access-token")) || !isBlank(System.getenv("WHATSAPP_ACCESS_TOKEN"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
