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
package io.github.whatsappadmin.camel.springboot;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route that names only {@code whatsapp-admin:deregister}: everything else (where Graph is, the token, the API
 * version, the User-Agent) comes from {@code camel.component.whatsapp-admin.*} through the starter, and reaches the
 * local Graph simulator.
 */
@SpringBootTest(classes = OffboardingRouteTest.Application.class, properties = {
        "camel.component.whatsapp-admin.access-token=" + OffboardingRouteTest.TOKEN,
        "camel.component.whatsapp-admin.api-version=v22.0",
        "camel.component.whatsapp-admin.user-agent=offboarding-job/1.0",
        "camel.component.whatsapp-admin.phone-number-id=2002"})
class OffboardingRouteTest {

    static final String TOKEN = "EAAGstarterTestToken0123456789SECRET";

    static final GraphApiSimulator GRAPH = GraphApiSimulator.create().start();

    @DynamicPropertySource
    static void graphLocation(DynamicPropertyRegistry registry) {
        registry.add("camel.component.whatsapp-admin.base-url", GRAPH::baseUrl);
    }

    @AfterAll
    static void stopGraph() {
        GRAPH.stop();
    }

    @Autowired
    ProducerTemplate template;

    @BeforeEach
    void freshGraph() {
        GRAPH.reset().token(TOKEN);
        GRAPH.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED)
                .phoneNumber("2002", PhoneNumberState.REGISTERED);
    }

    @Test
    void deregisterSendsTheTokenVersionAndUserAgentFromApplicationProperties() {
        Exchange result = template.send("direct:offboard",
                e -> e.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, "1001"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(DeregisterResponse.class).isSuccess()).isTrue();
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo("1001");
        assertThat(GRAPH.journal().entries()).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v22.0/1001/deregister");
            assertThat(request.sentToken(TOKEN)).as("Authorization: Bearer <the token from the properties>").isTrue();
            assertThat(request.header("Authorization")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer "));
            assertThat(request.header("User-Agent")).hasValue("offboarding-job/1.0");
        });
        assertThat(GRAPH.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void phoneNumberIdFromApplicationPropertiesIsUsedWhenNoHeaderNamesOne() {
        Exchange result = template.send("direct:offboard", e -> e.getMessage().setBody("ignored"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(DeregisterResponse.class).isSuccess()).isTrue();
        assertThat(GRAPH.journal().entries()).extracting(JournalEntry::path).containsExactly("/v22.0/2002/deregister");
        assertThat(GRAPH.phoneNumberState("2002")).isEqualTo(PhoneNumberState.DEREGISTERED);
    }

    @Test
    void deregisterOfAnUnregisteredNumberReachesTheRouteAsPhoneNumberStateException() {
        GRAPH.phoneNumber("1001", PhoneNumberState.DEREGISTERED);

        Exchange result = template.send("direct:offboard",
                e -> e.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, "1001"));

        assertThat(result.getException()).isInstanceOf(WhatsAppPhoneNumberStateException.class);
        assertThat(GRAPH.journal().count()).isEqualTo(1);
    }

    @Test
    void rejectedTokenReachesTheRouteAsAuthenticationExceptionWithoutTheToken() {
        GRAPH.reset().account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);

        Exchange result = template.send("direct:offboard",
                e -> e.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, "1001"));

        assertThat(result.getException()).isInstanceOf(WhatsAppAuthenticationException.class)
                .hasMessageNotContaining(TOKEN);
        WhatsAppAuthenticationException failure = (WhatsAppAuthenticationException) result.getException();
        assertThat(failure.getCode()).isEqualTo(190);
        assertThat(failure.isRetryable()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        @Bean
        RouteBuilder offboardRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:offboard").to("whatsapp-admin:deregister");
                }
            };
        }
    }
}
