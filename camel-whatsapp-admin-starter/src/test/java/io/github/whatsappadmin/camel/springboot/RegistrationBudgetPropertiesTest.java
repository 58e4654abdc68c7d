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

import java.time.Duration;

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore;
import io.github.whatsappadmin.camel.error.WhatsAppRegistrationBudgetException;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration budget guard configured from application properties, as docs/running-at-scale.md shows it: the
 * budget and the store bean reach the component, and the guard refuses what they say.
 */
class RegistrationBudgetPropertiesTest {

    private static final String P = "camel.component.whatsapp-admin.";
    private static final String TOKEN = "EAAGstarterBudgetToken0123456789SECRET";
    private static final GraphApiSimulator GRAPH = GraphApiSimulator.create().start();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    WhatsAppAdminComponentConverter.class, WhatsAppAdminComponentAutoConfiguration.class));

    @AfterAll
    static void stopGraph() {
        GRAPH.stop();
    }

    @Test
    void theBudgetAndTheStoreBeanFromPropertiesGuardEveryDeregister() {
        GRAPH.reset().token(TOKEN);
        GRAPH.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
        WhatsAppRegistrationBudgetStore store = new InMemoryRegistrationBudgetStore();
        runner.withBean("budgetStore", WhatsAppRegistrationBudgetStore.class, () -> store)
                .withPropertyValues(P + "registration-budget=2", P + "registration-budget-store=#budgetStore",
                        P + "access-token=" + TOKEN, P + "base-url=" + GRAPH.baseUrl(), P + "phone-number-id=1001")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    WhatsAppAdminComponent component = camel.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
                    assertThat(component.getConfiguration().getRegistrationBudget()).isEqualTo(2);
                    assertThat(component.getConfiguration().getRegistrationBudgetStore()).isSameAs(store);
                    ProducerTemplate template = camel.createProducerTemplate();

                    Exchange first = template.send("whatsapp-admin:deregister", e -> {
                    });
                    Exchange second = template.send("whatsapp-admin:deregister", e -> {
                    });
                    Exchange third = template.send("whatsapp-admin:deregister", e -> {
                    });

                    assertThat(first.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(1);
                    assertThat(second.getMessage().getHeader(WhatsAppAdminConstants.BUDGET_REMAINING)).isEqualTo(0);
                    assertThat(third.getException()).isInstanceOf(WhatsAppRegistrationBudgetException.class);
                    assertThat(GRAPH.budgetUsed("1001")).isEqualTo(2);
                    assertThat(store.tryAcquire("1001", 2, Duration.ofHours(72)))
                            .isInstanceOf(WhatsAppRegistrationBudgetStore.Refused.class);
                });
    }
}
