package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
}
