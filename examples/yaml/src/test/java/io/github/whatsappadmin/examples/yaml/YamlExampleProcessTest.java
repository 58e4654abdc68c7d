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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as a user or a CI job starts it, in its own JVM: it ends by itself, with an exit status that says how.
 */
class YamlExampleProcessTest {

    /** How long the JVM may take to end: a bound so that a hang fails the test instead of the build. */
    private static final long EXIT_BOUND_SECONDS = 60;
    private static final String TOKEN = "EAAGyamlExampleToken0123456789";
    private static final String PIN = "906142";

    @TempDir
    Path dir;

    private Process started;

    @Test
    void routeThatCannotStartEndsTheJvmWithStatus1AndSaysWhy() throws Exception {
        // http:// to a host other than loopback is refused when the endpoint is created: nothing is sent
        Result result = run(Map.of("WHATSAPP_ACCESS_TOKEN", TOKEN, "WHATSAPP_BASE_URL", "http://graph.invalid",
                "WHATSAPP_PHONE_NUMBER_IDS", "106540352242922"));

        assertThat(result.exitStatus()).as("exit status; output:%n%s", result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains(
                        "The YAML example could not run: WhatsAppInvalidInputException: Invalid baseUrl 'http://graph.invalid'")
                .doesNotContain(TOKEN);
    }

    @Test
    void demoRunEndsTheJvmWithStatus0OnceTheListIsDone() throws Exception {
        Result result = run(Map.of());

        assertThat(result.exitStatus()).as("exit status; output:%n%s", result.output()).isZero();
        assertThat(result.output())
                .contains("No token given: onboarding, listing and deregistering demo numbers on the Graph simulator at")
                .contains("106540352242922: deregistered")
                .contains("106540352242924: not deregistered, WhatsAppPhoneNumberStateException (retryable: false)")
                .contains("106540352249999: not deregistered, WhatsAppNotFoundException (retryable: false)")
                .contains("106540352242940: verification code requested (SMS, en_US)")
                .contains("106540352242940: code verified").contains("106540352242940: two-step PIN set")
                .contains("106540352242940: registered (HTTP 200, fbtrace_id ")
                .contains("106540352242940: +1 555-224-2940 (Demo Onboarding) is CONNECTED on CLOUD_API, code VERIFIED")
                .contains("Business account 102290129340398: 9 phone numbers")
                .contains("  106540352242940 +1 555-224-2940 (Demo Onboarding): CONNECTED, CLOUD_API")
                .doesNotContain(YamlExample.DEMO_TWO_STEP_PIN).doesNotContain(DemoSeed.TOKEN);
    }

    @Test
    @Timeout(value = EXIT_BOUND_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void againstAGivenGraphTheCodeIsTypedOnTheConsoleAndOnlyTheGivenNumberIsOnboarded() throws Exception {
        try (GraphApiSimulator graph = DemoSeed.apply(GraphApiSimulator.create().start())) {
            String number = DemoSeed.NEW_LINE.id();
            Process process = start(Map.of("WHATSAPP_ACCESS_TOKEN", DemoSeed.TOKEN, "WHATSAPP_BASE_URL",
                    graph.baseUrl(), "WHATSAPP_ONBOARDING_PHONE_NUMBER_ID", number, "WHATSAPP_TWO_STEP_PIN", PIN));
            started = process;
            StringBuilder output = new StringBuilder();
            BufferedReader lines = process.inputReader(StandardCharsets.UTF_8);
            String prompt = "Enter the verification code sent to " + number + ":";
            String line;
            while ((line = lines.readLine()) != null && !line.equals(prompt)) {
                output.append(line).append('\n');
            }
            assertThat(line).as("the prompt; output so far:%n%s", output).isEqualTo(prompt);
            String code = graph.lastVerificationCode(number).orElseThrow();
            try (Writer typed = process.outputWriter(StandardCharsets.UTF_8)) {
                typed.write(code + "\n");
            }
            while ((line = lines.readLine()) != null) {
                output.append(line).append('\n');
            }

            assertThat(process.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
            assertThat(graph.phoneNumberState(number)).isEqualTo(PhoneNumberState.REGISTERED);
            assertThat(graph.twoStepPin(number)).contains(PIN);
            assertThat(graph.journal().entries()).as("nothing else: no number to deregister, no account to list")
                    .allSatisfy(request -> assertThat(request.phoneNumberId()).contains(number));
            assertThat(output.toString()).contains(number + ": registered (HTTP 200, fbtrace_id ")
                    .doesNotContain(PIN).doesNotContain(code).doesNotContain(DemoSeed.TOKEN)
                    .doesNotContain("not deregistered").doesNotContain("Business account");
        }
    }

    @AfterEach
    void endTheExample() {
        if (started != null) {
            started.destroyForcibly();
        }
    }

    private Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), YamlExample.class.getName()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("WHATSAPP_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private Result run(Map<String, String> environment) throws IOException, InterruptedException {
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), YamlExample.class.getName()))
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("WHATSAPP_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(EXIT_BOUND_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The example did not end within " + EXIT_BOUND_SECONDS + " s; output:\n"
                                     + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitStatus, String output) {
    }
}
