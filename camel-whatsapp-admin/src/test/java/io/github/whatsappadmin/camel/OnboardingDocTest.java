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

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.github.whatsappadmin.camel.onboarding.OnboardingRoutes;
import io.github.whatsappadmin.simulator.CodeVerificationStatus;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.PlatformType;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes of docs/onboarding.md, exactly as the page shows them (the Java ones are {@link OnboardingRoutes}, the
 * YAML ones are read from the page), run end to end against the Graph API simulator: a new number, a verified one,
 * one on the Cloud API already, and a business account with all three.
 */
class OnboardingDocTest extends CamelTestSupport {

    private static final Path BASE = Path.of(System.getProperty("basedir", "."));
    private static final Path PAGE = BASE.resolve("../docs/onboarding.md").normalize();
    private static final Path JAVA = BASE.resolve("src/test/java/io/github/whatsappadmin/camel/onboarding/"
                                                  + "OnboardingRoutes.java");
    private static final String WABA = "102290129340398";
    private static final String TOKEN = "onboarding-token";
    private static final String PIN = "731946";
    private static final String NEW = "1001";
    private static final String VERIFIED = "1002";
    private static final String REGISTERED = "1003";

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

    /** The fenced block right after {@code <!-- snippet:NAME -->} in the page. */
    private static String markdown(String name) throws IOException {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        int marker = lines.indexOf("<!-- snippet:" + name + " -->");
        assertThat(marker).as("<!-- snippet:" + name + " --> in docs/onboarding.md").isNotNegative();
        assertThat(lines.get(marker + 1)).startsWith("```");
        int end = marker + 2;
        while (!lines.get(end).startsWith("```")) {
            end++;
        }
        return String.join("\n", lines.subList(marker + 2, end)) + "\n";
    }

    /** The lines between {@code // snippet:NAME} and {@code // end:NAME} of OnboardingRoutes. */
    private static String source(String name) throws IOException {
        List<String> lines = Files.readAllLines(JAVA, StandardCharsets.UTF_8);
        int start = lines.indexOf("// snippet:" + name);
        int end = lines.indexOf("// end:" + name);
        assertThat(start).as("// snippet:" + name).isNotNegative();
        return String.join("\n", lines.subList(start + 1, end)) + "\n";
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.setProperty("whatsapp.two-step-pin", PIN);
        return properties;
    }

    /** The component as the page configures it, pointed at the simulator, and the page's routes in {@code dsl}. */
    private void start(String dsl) throws Exception {
        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        component.getConfiguration().setBaseUrl(graph.baseUrl());
        component.getConfiguration().setAccessToken(TOKEN);
        if ("java".equals(dsl)) {
            context.addRoutes(new OnboardingRoutes());
        } else {
            PluginHelper.getRoutesLoader(context)
                    .loadRoutes(ResourceHelper.fromString("onboarding.camel.yaml", markdown("onboarding-yaml")));
        }
        graph.token(TOKEN);
        graph.account(WABA).phoneNumber(NEW, PhoneNumberState.DEREGISTERED)
                .phoneNumber(VERIFIED, PhoneNumberState.DEREGISTERED)
                .phoneNumber(REGISTERED, PhoneNumberState.REGISTERED);
        graph.phoneNumberSetup(NEW).codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
    }

    private static List<String> callsFor(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream().map(JournalEntry::method).toList();
    }

    private static List<String> pathsFor(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream()
                .map(e -> e.method() + " " + e.path()).toList();
    }

    private static void assertRegisteredWithThePin(String phoneNumberId) {
        assertThat(graph.phoneNumberState(phoneNumberId)).isEqualTo(PhoneNumberState.REGISTERED);
        assertThat(graph.platformType(phoneNumberId)).isEqualTo(PlatformType.CLOUD_API);
        assertThat(graph.twoStepPin(phoneNumberId)).contains(PIN);
        assertThat(graph.journal().entries()).allSatisfy(e -> assertThat(e.sentToken(TOKEN)).isTrue());
    }

    @Test
    void pageShowsExactlyTheJavaThisTestRunsAndTheProperties() throws Exception {
        assertThat(markdown("onboarding-java")).isEqualTo(source("onboarding-java"));
        Properties properties = new Properties();
        properties.load(new StringReader(markdown("onboarding-properties")));
        assertThat(properties).containsEntry("camel.component.whatsapp-admin.access-token",
                "{{env:WHATSAPP_ACCESS_TOKEN}}").containsKey("whatsapp.two-step-pin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "yaml"})
    void newNumberGetsACodeIsVerifiedGetsTheTwoStepPinAndIsRegistered(String dsl) throws Exception {
        start(dsl);

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW);
        assertThat(pathsFor(NEW)).containsExactly("GET /v23.0/" + NEW, "POST /v23.0/" + NEW + "/request_code");
        String code = graph.lastVerificationCode(NEW).orElseThrow();

        template.sendBodyAndHeader("direct:verify", code, WhatsAppAdminConstants.PHONE_NUMBER_ID, NEW);

        assertThat(pathsFor(NEW)).containsExactly("GET /v23.0/" + NEW, "POST /v23.0/" + NEW + "/request_code",
                "POST /v23.0/" + NEW + "/verify_code", "POST /v23.0/" + NEW, "POST /v23.0/" + NEW + "/register");
        assertThat(graph.codeVerificationStatus(NEW)).isEqualTo(CodeVerificationStatus.VERIFIED);
        assertRegisteredWithThePin(NEW);
        assertThat(graph.budgetUsed(NEW)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "yaml"})
    void verifiedNumberIsRegisteredWithoutANewCode(String dsl) throws Exception {
        start(dsl);

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, VERIFIED);

        assertThat(pathsFor(VERIFIED)).containsExactly("GET /v23.0/" + VERIFIED, "POST /v23.0/" + VERIFIED,
                "POST /v23.0/" + VERIFIED + "/register");
        assertThat(graph.lastVerificationCode(VERIFIED)).isEmpty();
        assertRegisteredWithThePin(VERIFIED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "yaml"})
    void numberOnTheCloudApiAlreadySpendsNoRegisterAttempt(String dsl) throws Exception {
        start(dsl);

        template.sendBodyAndHeader("direct:onboard", null, WhatsAppAdminConstants.PHONE_NUMBER_ID, REGISTERED);

        assertThat(callsFor(REGISTERED)).containsExactly("GET");
        assertThat(graph.budgetUsed(REGISTERED)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"java", "yaml"})
    void businessAccountOnboardingActsOnlyOnTheNumbersNotOnTheCloudApi(String dsl) throws Exception {
        start(dsl);
        graph.phoneNumberSetup(NEW).codeVerificationStatus(CodeVerificationStatus.VERIFIED);

        template.sendBodyAndHeader("direct:onboard-account", null, WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, WABA);

        assertThat(graph.journal().forBusinessAccount(WABA)).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("/v23.0/" + WABA + "/phone_numbers"));
        assertRegisteredWithThePin(NEW);
        assertRegisteredWithThePin(VERIFIED);
        assertThat(callsFor(REGISTERED)).isEmpty();
        assertThat(graph.budgetUsed(REGISTERED)).isZero();
    }
}
