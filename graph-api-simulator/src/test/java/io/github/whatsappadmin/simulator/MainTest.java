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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class MainTest {

    @Test
    void launchStartsOnAFreePortWithTheDemoSeedAndPrintsHowToUseIt() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        GraphApiSimulator sim = Main.launch(StandaloneOptions.parse("--port", "0", "--seed", "demo"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String out = printed.toString(StandardCharsets.UTF_8);
            assertThat(out).contains("listening on " + sim.baseUrl())
                    .contains(DemoSeed.TOKEN).contains(DemoSeed.EXPIRED_TOKEN)
                    .contains("curl -i -X POST " + sim.baseUrl() + "/v23.0/" + DemoSeed.SUPPORT_BERLIN.id() + "/deregister");
            DemoSeed.NUMBERS.forEach(n -> assertThat(out).contains(n.id()).contains(n.label()));

            assertThat(new GraphClient(sim.baseUrl()).deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.TOKEN).body())
                    .isEqualTo("{\"success\":true}");
        } finally {
            sim.stop();
        }
        assertThat(sim.isRunning()).isFalse();
    }

    @Test
    void launchWithoutSeedStartsEmpty() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        GraphApiSimulator sim = Main.launch(StandaloneOptions.parse("--port", "0"),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Empty").contains("--seed demo");
            assertThat(new GraphClient(sim.baseUrl()).deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.TOKEN)
                    .statusCode()).isEqualTo(401);
        } finally {
            sim.stop();
        }
    }

    @Test
    void mainRunsInItsOwnProcessAnswersACallAndStopsOnSigterm() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String classpath = System.getProperty("java.class.path");
            try (StandaloneProcess process = StandaloneProcess.mainClass(classpath, "--port", "0", "--seed", "demo")) {
                assertThat(process.baseUrl()).as(String.join("\n", process.output())).isNotNull();

                var response = new GraphClient(process.baseUrl()).deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.TOKEN);

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(process.stop()).as("ended after SIGTERM").isTrue();
            }
        });
    }

    @Test
    void launchPrintsTheOnboardingNumbersTheBulkAccountAndEachCodeItIssues() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        StandaloneOptions options = StandaloneOptions.parse("--port", "0", "--seed", "demo", "--bulk-numbers", "3");
        GraphApiSimulator sim = Main.launch(options, new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            String banner = printed.toString(StandardCharsets.UTF_8);
            assertThat(banner).contains("(bound to 127.0.0.1: this machine only)")
                    .contains("Business account " + DemoSeed.ACCOUNT_BULK + ": 3 registered numbers, "
                              + DemoSeed.BULK_FIRST_ID + " to 106540352250002")
                    .contains(DemoSeed.VERIFIED_LINE_PIN)
                    .contains("Verification codes that request_code issues are printed here");
            DemoSeed.ONBOARDING_NUMBERS.forEach(n -> assertThat(banner).contains(n.id()).contains(n.label()));
            assertThat(sim.phoneNumberIds(DemoSeed.ACCOUNT_BULK)).hasSize(3);
            printed.reset();

            new GraphClient(sim.baseUrl()).requestCode(DemoSeed.NEW_LINE.id(), DemoSeed.TOKEN, "VOICE", "de_DE");

            String code = sim.lastVerificationCode(DemoSeed.NEW_LINE.id()).orElseThrow();
            assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("Verification code for "
                                                                           + DemoSeed.NEW_LINE.id() + ": " + code
                                                                           + " (VOICE, de_DE, valid 10 minutes)"
                                                                           + System.lineSeparator());
        } finally {
            sim.stop();
        }
    }

    @Test
    void aTakenPortEndsTheProcessWithOneLineAndExitCode2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                StandaloneProcess.Exited exited = StandaloneProcess.runToExit(System.getProperty("java.class.path"),
                        "--port", String.valueOf(port));

                assertThat(exited.code()).isEqualTo(2);
                assertThat(exited.output()).containsExactly("Graph API simulator: cannot listen on 127.0.0.1:" + port
                                                            + ": Address already in use (choose another --port, 0 picks a free one, or another"
                                                            + " --bind-address)");
            });
        }
    }

    @Test
    void anAddressThatIsNoAddressEndsTheProcessWithOneLineAndExitCode2() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            StandaloneProcess.Exited exited = StandaloneProcess.runToExit(System.getProperty("java.class.path"),
                    "--port", "0", "--bind-address", "no-such-host.invalid");

            assertThat(exited.code()).isEqualTo(2);
            assertThat(exited.output()).singleElement().asString()
                    .startsWith("Graph API simulator: not an address to listen on: no-such-host.invalid");
        });
    }
}
