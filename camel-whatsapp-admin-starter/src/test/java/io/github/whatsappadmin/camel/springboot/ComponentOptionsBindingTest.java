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

import io.github.whatsappadmin.camel.WhatsAppAccessTokenProvider;
import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.WhatsAppAdminEndpoint;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.CodeMethod;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@code camel.component.whatsapp-admin.*} property lands on the component Camel creates. */
class ComponentOptionsBindingTest {

    private static final String P = "camel.component.whatsapp-admin.";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    WhatsAppAdminComponentConverter.class, WhatsAppAdminComponentAutoConfiguration.class));

    private static WhatsAppAdminComponent component(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
    }

    @Test
    void everyOptionSetInPropertiesIsAppliedToTheComponent() {
        WhatsAppAccessTokenProvider provider = phoneNumberId -> "from-vault";
        SSLContextParameters tls = new SSLContextParameters();
        runner.withBean("tokens", WhatsAppAccessTokenProvider.class, () -> provider)
                .withBean("graphTls", SSLContextParameters.class, () -> tls)
                .withPropertyValues(P + "phone-number-id=106540352242922", P + "access-token=EAAGsecret",
                        P + "access-token-provider=#tokens", P + "api-version=v21.0",
                        P + "base-url=https://graph-gateway.internal", P + "allow-insecure-http=true",
                        P + "connect-timeout=2500", P + "request-timeout=2m", P + "proxy-host=proxy.internal",
                        P + "proxy-port=3128", P + "proxy-username=svc", P + "proxy-password=pw",
                        P + "ssl-context-parameters=#bean:graphTls", P + "throw-exception-on-failure=false",
                        P + "user-agent=offboarding/2", P + "lazy-start-producer=true",
                        P + "autowired-enabled=false", P + "business-account-id=102290129340398",
                        P + "fields=id,status,platform_type", P + "max-results=250", P + "code-method=voice",
                        P + "language=pt_BR")
                .run(context -> {
                    WhatsAppAdminComponent component = component(context);
                    WhatsAppAdminConfiguration options = component.getConfiguration();
                    assertThat(options.getPhoneNumberId()).isEqualTo("106540352242922");
                    assertThat(options.getAccessToken()).isEqualTo("EAAGsecret");
                    assertThat(options.getAccessTokenProvider()).isSameAs(provider);
                    assertThat(options.getApiVersion()).isEqualTo("v21.0");
                    assertThat(options.getBaseUrl()).isEqualTo("https://graph-gateway.internal");
                    assertThat(options.isAllowInsecureHttp()).isTrue();
                    assertThat(options.getConnectTimeout()).as("a plain number is milliseconds").isEqualTo(2500);
                    assertThat(options.getRequestTimeout()).as("or a duration with its unit").isEqualTo(120_000);
                    assertThat(options.getProxyHost()).isEqualTo("proxy.internal");
                    assertThat(options.getProxyPort()).isEqualTo(3128);
                    assertThat(options.getProxyUsername()).isEqualTo("svc");
                    assertThat(options.getProxyPassword()).isEqualTo("pw");
                    assertThat(options.getSslContextParameters()).isSameAs(tls);
                    assertThat(options.isThrowExceptionOnFailure()).isFalse();
                    assertThat(options.getUserAgent()).isEqualTo("offboarding/2");
                    assertThat(component.isLazyStartProducer()).isTrue();
                    assertThat(component.isAutowiredEnabled()).isFalse();
                    assertThat(options.getBusinessAccountId()).isEqualTo("102290129340398");
                    assertThat(options.getFields()).isEqualTo("id,status,platform_type");
                    assertThat(options.getMaxResults()).isEqualTo(250);
                    assertThat(options.getCodeMethod()).as("in any case").isEqualTo(CodeMethod.VOICE);
                    assertThat(options.getLanguage()).isEqualTo("pt_BR");
                });
    }

    @Test
    void operationOptionsFromPropertiesReachTheEndpointsThatUseThem() {
        runner.withPropertyValues(P + "business-account-id=102290129340398", P + "fields=id,status",
                P + "max-results=7", P + "code-method=VOICE", P + "language=de")
                .run(context -> {
                    CamelContext camel = context.getBean(CamelContext.class);
                    WhatsAppAdminConfiguration list = camel
                            .getEndpoint("whatsapp-admin:listPhoneNumbers", WhatsAppAdminEndpoint.class)
                            .getConfiguration();
                    assertThat(list.getBusinessAccountId()).isEqualTo("102290129340398");
                    assertThat(list.getFields()).isEqualTo("id,status");
                    assertThat(list.getMaxResults()).isEqualTo(7);
                    WhatsAppAdminConfiguration requestCode = camel
                            .getEndpoint("whatsapp-admin:requestCode?language=pt_BR", WhatsAppAdminEndpoint.class)
                            .getConfiguration();
                    assertThat(requestCode.getCodeMethod()).isEqualTo(CodeMethod.VOICE);
                    assertThat(requestCode.getLanguage()).as("the URI overrides the property").isEqualTo("pt_BR");
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {"business-account-id|waba-1|businessAccountId",
            "fields|id,phone|fields", "max-results|0|maxResults", "language|English|language"})
    void invalidOperationOptionStopsTheApplicationAtStartupNamingTheOption(String property, String value,
                                                                           String option) {
        runner.withPropertyValues(P + property + "=" + value)
                .withBean(RouteBuilder.class, () -> new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:list").to("whatsapp-admin:listPhoneNumbers");
                    }
                })
                .run(context -> assertThat(context).getFailure().rootCause()
                        .isInstanceOfSatisfying(WhatsAppInvalidInputException.class,
                                e -> assertThat(e.getField()).isEqualTo(option))
                        .hasMessageContaining(option));
    }

    @Test
    void unknownCodeMethodStopsTheApplicationAtStartupNamingThePropertyAndTheValue() {
        runner.withPropertyValues(P + "code-method=fax")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("Failed to bind properties under "
                                                 + "'camel.component.whatsapp-admin.code-method'")
                        .hasStackTraceContaining("for value [fax]"));
    }

    @Test
    void withoutPropertiesTheComponentKeepsItsOwnDefaults() {
        WhatsAppAdminConfiguration defaults = new WhatsAppAdminConfiguration();
        runner.run(context -> {
            WhatsAppAdminComponent component = component(context);
            assertThat(component.getConfiguration()).usingRecursiveComparison().isEqualTo(defaults);
            assertThat(component.isLazyStartProducer()).isFalse();
            assertThat(component.isAutowiredEnabled()).isTrue();
        });
    }

    @Test
    void sharedConfigurationBeanIsTheBaseAndPropertiesSetExplicitlyRefineIt() {
        WhatsAppAdminConfiguration shared = new WhatsAppAdminConfiguration();
        shared.setBaseUrl("https://graph-gateway.internal");
        shared.setApiVersion("v21.0");
        shared.setRequestTimeout(5_000);
        runner.withBean("sharedGraph", WhatsAppAdminConfiguration.class, () -> shared)
                .withPropertyValues(P + "configuration=#sharedGraph", P + "access-token=EAAGsecret",
                        P + "request-timeout=7s")
                .run(context -> {
                    WhatsAppAdminConfiguration options = component(context).getConfiguration();
                    assertThat(options.getBaseUrl()).isEqualTo("https://graph-gateway.internal");
                    assertThat(options.getApiVersion()).as("not undone by the starter's default").isEqualTo("v21.0");
                    assertThat(options.getAccessToken()).isEqualTo("EAAGsecret");
                    assertThat(options.getRequestTimeout()).isEqualTo(7_000);
                    assertThat(options).isNotSameAs(shared);
                    assertThat(shared.getAccessToken()).as("the application's bean is left as it was").isNull();
                    assertThat(shared.getRequestTimeout()).isEqualTo(5_000);
                });
    }

    @Test
    void disabledStarterLeavesTheComponentAlone() {
        runner.withPropertyValues(P + "enabled=false", P + "base-url=https://graph-gateway.internal")
                .run(context -> assertThat(component(context).getConfiguration().getBaseUrl())
                        .isEqualTo(WhatsAppAdminConfiguration.DEFAULT_BASE_URL));
    }

    @Test
    void invalidOptionStopsTheApplicationAtStartupRatherThanAtTheFirstMessage() {
        runner.withPropertyValues(P + "base-url=http://graph-gateway.internal")
                .withBean(RouteBuilder.class, () -> new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:offboard").to("whatsapp-admin:deregister");
                    }
                })
                .run(context -> assertThat(context).getFailure()
                        .rootCause().isInstanceOf(WhatsAppInvalidInputException.class));
    }
}
