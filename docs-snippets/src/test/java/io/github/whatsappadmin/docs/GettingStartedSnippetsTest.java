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
package io.github.whatsappadmin.docs;

import java.io.IOException;
import java.time.Duration;
import java.util.Properties;

import io.github.whatsappadmin.camel.WhatsAppAdminRetry;
import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/getting-started.md's route, retry recipe and properties, run as written on Camel Main against the Graph API
 * simulator, with the page's dependencies only.
 */
class GettingStartedSnippetsTest {

    private GraphApiSimulator graph;
    private Main main;
    private ProducerTemplate template;

    static class GettingStartedRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // @formatter:off
            // snippet:getting-started-retry
            onException(WhatsAppAdminException.class)
                .onWhen(WhatsAppAdminRetry.retryableWithin(Duration.ofMinutes(10)))
                .onExceptionOccurred(WhatsAppAdminRetry.waitRetryAfter())
                .maximumRedeliveries(3).redeliveryDelay(1000).useExponentialBackOff();
            // end:getting-started-retry

            // snippet:getting-started-route
            from("direct:offboard")                                   // body: the phone number ID
                .setHeader("CamelWhatsAppAdminPhoneNumberId", body().convertToString().regexReplaceAll("^\\s+|\\s+$", ""))
                .idempotentConsumer(header("CamelWhatsAppAdminPhoneNumberId"),  // each number once
                        MemoryIdempotentRepository.memoryIdempotentRepository())
                .to("whatsapp-admin:deregister")                      // POST /v23.0/{id}/deregister
                .log("Deregistered ${header.CamelWhatsAppAdminPhoneNumberId}, trace ${header.CamelWhatsAppAdminFbTraceId}");
            // end:getting-started-route
            // @formatter:on
        }
    }

    @BeforeEach
    void start() throws Exception {
        graph = DemoSeed.apply(GraphApiSimulator.create().start());
        main = new Main();
        main.configure().addRoutesBuilder(new GettingStartedRoutes());
        properties("getting-started-properties").forEach((name, value) -> main.addInitialProperty((String) name,
                (String) value));
        // the page's "try it without a Meta account" properties, with the port this test's simulator got
        Properties simulator = Snippets.properties(Snippets.GETTING_STARTED, "getting-started-simulator");
        simulator.setProperty("camel.component.whatsapp-admin.base-url",
                simulator.getProperty("camel.component.whatsapp-admin.base-url").replace(":8089", ":" + graph.port()));
        simulator.stringPropertyNames().forEach(name -> main.addOverrideProperty(name, simulator.getProperty(name)));
        main.start();
        template = main.getCamelContext().createProducerTemplate();
    }

    @AfterEach
    void stop() {
        main.stop();
        graph.close();
    }

    @Test
    void pageShowsExactlyTheCodeThisTestRuns() throws IOException {
        assertThat(Snippets.markdown(Snippets.GETTING_STARTED, "getting-started-route"))
                .isEqualTo(Snippets.source(GettingStartedSnippetsTest.class, "getting-started-route"));
        assertThat(Snippets.markdown(Snippets.GETTING_STARTED, "getting-started-retry"))
                .isEqualTo(Snippets.source(GettingStartedSnippetsTest.class, "getting-started-retry"));
        assertThat(properties("getting-started-properties"))
                .containsEntry("camel.component.whatsapp-admin.access-token", "{{env:WHATSAPP_ACCESS_TOKEN}}");
        assertThat(Snippets.properties(Snippets.GETTING_STARTED, "getting-started-simulator"))
                .containsEntry("camel.component.whatsapp-admin.base-url", "http://localhost:8089")
                .containsEntry("camel.component.whatsapp-admin.access-token", DemoSeed.TOKEN);
    }

    @Test
    void numberIsDeregisteredOnceHoweverOftenItIsSent() {
        Object body = template.requestBody("direct:offboard", DemoSeed.SUPPORT_BERLIN.id() + "\n");
        template.requestBody("direct:offboard", DemoSeed.SUPPORT_BERLIN.id());

        assertThat(body).isInstanceOf(DeregisterResponse.class);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.SUPPORT_BERLIN.id())).singleElement()
                .satisfies(request -> assertThat(request.path()).isEqualTo("/v23.0/" + DemoSeed.SUPPORT_BERLIN.id()
                                                                           + "/deregister"));
    }

    @Test
    void failureThatRetryingCannotHelpReachesTheCallerAfterOneAttempt() {
        assertThatThrownBy(() -> template.requestBody("direct:offboard", DemoSeed.OLD_CAMPAIGN.id()))
                .isInstanceOf(CamelExecutionException.class)
                .cause().isInstanceOf(WhatsAppPhoneNumberStateException.class);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.OLD_CAMPAIGN.id())).hasSize(1);
    }

    @Test
    void transientFailuresAreRetriedUntilGraphAnswers() {
        Object body = template.requestBody("direct:offboard", DemoSeed.UNSTABLE.id());

        assertThat(body).isInstanceOf(DeregisterResponse.class);
        assertThat(graph.journal().forPhoneNumber(DemoSeed.UNSTABLE.id())).extracting(JournalEntry::status)
                .containsExactly(500, 500, 200);
    }

    private static Properties properties(String name) {
        try {
            return Snippets.properties(Snippets.GETTING_STARTED, name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
