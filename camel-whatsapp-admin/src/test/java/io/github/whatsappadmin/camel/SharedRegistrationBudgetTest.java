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
package io.github.whatsappadmin.camel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.whatsappadmin.camel.budget.JdbcRegistrationBudgetStore;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three CamelContexts, as three nodes would run them, each with its own JDBC store on one real PostgreSQL (started by
 * the build): racing for the same numbers, they get exactly the allowance between them, never one call more.
 */
class SharedRegistrationBudgetTest {

    private static final String TOKEN = "EAAGsharedBudgetToken0123456789abcdefSECRET";
    private static final List<String> NUMBERS = List.of("106540352242931", "106540352242932", "106540352242933");
    private static final int CALLS_PER_NUMBER_PER_NODE = 8;

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance()
            .options(wireMockConfig().bindAddress("127.0.0.1").dynamicPort().containerThreads(64)).build();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void threeNodesRacingForTheSameNumbersSendExactlyTheAllowanceBetweenThem() throws Exception {
        graph.stubFor(post(urlPathMatching("/v23.0/\\d+/deregister")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"success\":true}")));
        List<CamelContext> nodes = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(12);
        try {
            for (int node = 0; node < 3; node++) {
                JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(postgres.getPostgresDatabase());
                store.setTablePrefix("shared_");
                store.setCreateTable(true);
                CamelContext context = new DefaultCamelContext();
                context.getRegistry().bind("budget", store);
                context.start();
                nodes.add(context);
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Exchange>> calls = new ArrayList<>();
            for (CamelContext node : nodes) {
                ProducerTemplate template = node.createProducerTemplate();
                for (String number : NUMBERS) {
                    for (int i = 0; i < CALLS_PER_NUMBER_PER_NODE; i++) {
                        calls.add(callers.submit(() -> {
                            start.await();
                            return template.send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl()
                                                 + "&accessToken=RAW(" + TOKEN + ")&registrationBudgetStore=#budget",
                                    e -> e.getMessage().setHeaders(new HashMap<>(
                                            Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, number))));
                        }));
                    }
                }
            }
            start.countDown();

            Map<String, Integer> granted = new HashMap<>();
            Map<String, Integer> refused = new HashMap<>();
            for (Future<Exchange> call : calls) {
                Exchange exchange = call.get(60, TimeUnit.SECONDS);
                String number = exchange.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, String.class);
                if (exchange.getException() == null) {
                    granted.merge(number, 1, Integer::sum);
                } else {
                    assertThat(exchange.getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
                    refused.merge(number, 1, Integer::sum);
                }
            }

            for (String number : NUMBERS) {
                assertThat(granted.get(number)).as(number).isEqualTo(10);
                assertThat(refused.get(number)).as(number).isEqualTo(3 * CALLS_PER_NUMBER_PER_NODE - 10);
                assertThat(graph.findAll(postRequestedFor(urlPathEqualTo("/v23.0/" + number + "/deregister"))))
                        .as(number).hasSize(10);
            }
            assertThat(graph.findAll(anyRequestedFor(urlPathMatching(".*")))).hasSize(10 * NUMBERS.size());
        } finally {
            callers.shutdownNow();
            for (CamelContext node : nodes) {
                node.stop();
            }
        }
    }
}
