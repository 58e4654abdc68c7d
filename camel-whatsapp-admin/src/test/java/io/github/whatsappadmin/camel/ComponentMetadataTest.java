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

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated metadata that Camel, JBang, Karavan and IDEs read is complete, and Camel uses it. */
class ComponentMetadataTest extends GraphStubTestSupport {

    private static final List<String> OPTIONS = List.of("phoneNumberId", "businessAccountId", "fields", "maxResults",
            "codeMethod", "language", "accessToken", "accessTokenProvider", "apiVersion", "baseUrl", "allowInsecureHttp",
            "connectTimeout", "requestTimeout", "proxyHost", "proxyPort", "proxyUsername", "proxyPassword",
            "sslContextParameters", "throwExceptionOnFailure", "userAgent", "registrationBudget", "registrationBudgetStore");

    private static final List<String> OPERATIONS = List.of("deregister", "register", "requestCode", "verifyCode",
            "setTwoStepPin", "getPhoneNumber", "listPhoneNumbers");

    private static JsonNode descriptor() throws Exception {
        try (InputStream in = ComponentMetadataTest.class
                .getResourceAsStream("/META-INF/io/github/whatsappadmin/camel/whatsapp-admin.json")) {
            assertThat(in).as("descriptor on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void descriptorListsEveryOptionOnComponentAndEndpointWithDescriptions() throws Exception {
        JsonNode json = descriptor();
        for (String section : List.of("componentProperties", "properties")) {
            assertThat(json.get(section).fieldNames()).toIterable().as(section).containsAll(OPTIONS);
            json.get(section).fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                    .as(section + "." + e.getKey()).isNotBlank());
        }
        assertThat(json.at("/properties/operation/required").asBoolean()).isTrue();
        assertThat(json.at("/properties/apiVersion/defaultValue").asText()).isEqualTo("v23.0");
        assertThat(json.at("/properties/baseUrl/defaultValue").asText()).isEqualTo(WhatsAppAdminConfiguration.DEFAULT_BASE_URL);
        assertThat(json.at("/component/producerOnly").asBoolean()).isTrue();
        assertThat(json.at("/component/syntax").asText()).isEqualTo("whatsapp-admin:operation");
    }

    @Test
    void secretsAreMarkedSecretOnComponentAndEndpoint() throws Exception {
        JsonNode json = descriptor();
        for (String section : List.of("componentProperties", "properties")) {
            for (String secret : List.of("accessToken", "proxyUsername", "proxyPassword")) {
                assertThat(json.get(section).get(secret).path("secret").asBoolean()).as(section + "." + secret)
                        .isTrue();
            }
        }
    }

    @Test
    void descriptorListsEveryHeaderConstantWithDescription() throws Exception {
        JsonNode headers = descriptor().get("headers");
        List<String> constants = new ArrayList<>();
        for (Field field : WhatsAppAdminConstants.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).containsExactlyInAnyOrder("CamelWhatsAppAdminOperation", "CamelWhatsAppAdminPhoneNumberId",
                "CamelWhatsAppAdminBusinessAccountId", "CamelHttpResponseCode", "CamelWhatsAppAdminFbTraceId",
                "CamelWhatsAppAdminUsage", "CamelWhatsAppAdminBudgetRemaining");
        assertThat(headers.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(constants);
        headers.fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText()).isNotBlank());
    }

    @Test
    void pathListsEveryOperationAndTheOperationOptionsHaveTheirDefaults() throws Exception {
        JsonNode json = descriptor();

        assertThat(json.at("/properties/operation/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(OPERATIONS);
        assertThat(json.at("/headers/CamelWhatsAppAdminOperation/enum")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(OPERATIONS);
        assertThat(json.at("/properties/maxResults/defaultValue").asInt()).isEqualTo(10_000);
        assertThat(json.at("/properties/codeMethod/defaultValue").asText()).isEqualTo("SMS");
        assertThat(json.at("/properties/codeMethod/enum")).extracting(JsonNode::asText)
                .containsExactly("SMS", "VOICE");
        assertThat(json.at("/properties/language/defaultValue").asText()).isEqualTo("en_US");
        assertThat(json.at("/properties/registrationBudget/defaultValue").asInt()).isEqualTo(10);
    }

    /** Tooling shows which operation an option or header is for: every one names its operations in its labels. */
    @Test
    void everyOptionAndHeaderIsLabelledWithTheOperationsItBelongsTo() throws Exception {
        JsonNode json = descriptor();
        Map<String, List<String>> expected = Map.of(
                "phoneNumberId", OPERATIONS.subList(0, 6),
                "businessAccountId", List.of("listPhoneNumbers"),
                "fields", List.of("getPhoneNumber", "listPhoneNumbers"),
                "maxResults", List.of("listPhoneNumbers"),
                "codeMethod", List.of("requestCode"),
                "language", List.of("requestCode"),
                "registrationBudget", List.of("deregister", "register"),
                "registrationBudgetStore", List.of("deregister", "register"));
        for (String option : OPTIONS) {
            assertThat(operationsIn(json.at("/properties/" + option + "/label").asText())).as(option)
                    .containsExactlyElementsOf(expected.getOrDefault(option, OPERATIONS));
            assertThat(json.at("/componentProperties/" + option + "/label").asText()).as("component " + option)
                    .isEqualTo(json.at("/properties/" + option + "/label").asText());
        }
        Map<String, List<String>> headers = Map.of(
                "CamelWhatsAppAdminPhoneNumberId", OPERATIONS.subList(0, 6),
                "CamelWhatsAppAdminBusinessAccountId", List.of("listPhoneNumbers"),
                "CamelWhatsAppAdminBudgetRemaining", List.of("deregister", "register"));
        json.get("headers").fields().forEachRemaining(h -> assertThat(operationsIn(h.getValue().path("label").asText()))
                .as(h.getKey()).containsExactlyElementsOf(headers.getOrDefault(h.getKey(), OPERATIONS)));
        // the last label stays the option's group
        assertThat(json.at("/properties/accessToken/group").asText()).isEqualTo("security");
        assertThat(json.at("/properties/fields/group").asText()).isEqualTo("producer");
    }

    private static List<String> operationsIn(String label) {
        return Arrays.stream(label.split(",")).filter(OPERATIONS::contains).toList();
    }

    @Test
    void camelResolvesGeneratedConfigurersWithoutReflection() throws Exception {
        PropertyConfigurer endpointConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("whatsapp-admin-endpoint", context);
        PropertyConfigurer componentConfigurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer("whatsapp-admin-component", context);

        assertThat(endpointConfigurer).isInstanceOf(WhatsAppAdminEndpointConfigurer.class);
        assertThat(componentConfigurer).isInstanceOf(WhatsAppAdminComponentConfigurer.class);
        assertThat(((org.apache.camel.CatalogCamelContext) context).getComponentParameterJsonSchema("whatsapp-admin")).contains(
                "\"accessToken\"");
        assertThat(PluginHelper.getUriFactoryResolver(context).resolveFactory("whatsapp-admin", context))
                .isInstanceOf(WhatsAppAdminEndpointUriFactory.class);
    }

    @Test
    void durationsAcceptCamelDurationSyntax() {
        WhatsAppAdminEndpoint endpoint = context.getEndpoint(
                "whatsapp-admin:deregister?connectTimeout=2s&requestTimeout=1m30s", WhatsAppAdminEndpoint.class);

        assertThat(endpoint.getConfiguration().getConnectTimeout()).isEqualTo(2_000);
        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(90_000);
    }
}
