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

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The packaged jar, run with {@code java -jar} and target/lib as a user would (failsafe, after package). */
class StandaloneJarIT {

    @Test
    void jarStartsWithTheDemoSeedServesTheLifecycleAndPrintsTheCodesItIssues() {
        String jar = System.getProperty("simulator.jar");
        assertThat(jar).as("set by the failsafe configuration").isNotBlank();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (StandaloneProcess process = StandaloneProcess.jar(jar, "--port", "0", "--seed", "demo")) {
                assertThat(process.baseUrl()).as(String.join("\n", process.output())).isNotNull();
                GraphClient client = new GraphClient(process.baseUrl());

                assertThat(client.deregister(DemoSeed.SUPPORT_BERLIN.id(), DemoSeed.TOKEN).statusCode()).isEqualTo(200);
                assertThat(GraphClient.error(client.deregister(DemoSeed.OLD_CAMPAIGN.id(), DemoSeed.TOKEN)))
                        .containsEntry("code", 133010);

                String id = DemoSeed.NEW_LINE.id();
                assertThat(client.requestCode(id, DemoSeed.TOKEN, "SMS", "en_US").statusCode()).isEqualTo(200);
                Matcher printed = Pattern.compile("Verification code for " + id + ": (\\d{6}) \\(SMS, en_US, valid 10"
                                                  + " minutes\\)").matcher(process.nextLine());
                assertThat(printed.matches()).as(String.join("\n", process.output())).isTrue();
                assertThat(client.verifyCode(id, DemoSeed.TOKEN, printed.group(1)).statusCode()).isEqualTo(200);
                assertThat(client.register(id, DemoSeed.TOKEN, "123456").statusCode()).isEqualTo(200);
                assertThat(GraphClient.json(client.getPhoneNumber(id, DemoSeed.TOKEN, "status").body()))
                        .containsEntry("status", "CONNECTED");
                var page = client.listPhoneNumbers(DemoSeed.ACCOUNT_BULK, DemoSeed.TOKEN, "limit=100");
                assertThat(GraphClient.data(page)).hasSize(100);
                assertThat(process.stop()).isTrue();
            }
        });
    }
}
