package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The packaged jar, run with {@code java -jar} and target/lib as a user would (failsafe, after package). */
class StandaloneJarIT {

    @Test
    void jarStartsWithTheDemoSeedAndAnswersLikeGraph() {
        String jar = System.getProperty("simulator.jar");
        assertThat(jar).as("set by the failsafe configuration").isNotBlank();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (StandaloneProcess process = StandaloneProcess.jar(jar, "--port", "0", "--seed", "demo")) {
                assertThat(process.baseUrl()).as(String.join("\n", process.output())).isNotNull();
                GraphClient client = new GraphClient(process.baseUrl());

                assertThat(client.deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.TOKEN).statusCode()).isEqualTo(200);
                assertThat(GraphClient.error(client.deregister(DemoSeed.OLD_CAMPAIGN.id(), DemoSeed.TOKEN)))
                        .containsEntry("code", 133010);
                assertThat(process.stop()).isTrue();
            }
        });
    }
}
