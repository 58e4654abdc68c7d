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

import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with a message naming the field and the fix, and nothing reaches the network. */
class InvalidInputTest extends GraphStubTestSupport {

    @AfterEach
    void nothingWasSent() {
        assertThat(requestsReceived()).as("requests received by Graph").isEmpty();
    }

    @ParameterizedTest(name = "header ''{0}''")
    @ValueSource(strings = {"12/../34", "abc", "", "+44 7700 900123", "123?x=1", "1001\r\nX-Injected: 1"})
    void malformedPhoneNumberIdHeaderIsRefusedAtSendTime(String value) {
        Exchange result = send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, value));

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("phoneNumberId");
        assertThat(e.getMessage()).contains(value.isEmpty() ? "No phone number ID" : "digits only");
        assertThat(e.getMessage()).doesNotContain("\r", "\n");
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void missingPhoneNumberIdIsRefusedAtSendTime() {
        Exchange result = send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&accessToken=" + TOKEN);

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("phoneNumberId");
        assertThat(e.getMessage()).contains("CamelWhatsAppAdminPhoneNumberId", "phoneNumberId");
    }

    @Test
    void missingTokenIsRefusedAtSendTime() {
        Exchange result = send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "&phoneNumberId=1");

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("accessToken");
        assertThat(e.getMessage()).contains("accessToken", "accessTokenProvider");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "phoneNumberId=abc|phoneNumberId",
            "phoneNumberId=12/../34|phoneNumberId",
            "apiVersion=23.0|apiVersion",
            "apiVersion=v23|apiVersion",
            "apiVersion=latest|apiVersion",
            "baseUrl=http://graph.example.com|baseUrl",
            "baseUrl=ftp://localhost|baseUrl",
            "baseUrl=https://user:pw@graph.example.com|baseUrl",
            "baseUrl=https://graph.example.com?x=1|baseUrl",
            "baseUrl=not a url|baseUrl",
            "connectTimeout=0|connectTimeout",
            "requestTimeout=-5|requestTimeout",
            "proxyHost=proxy.local|proxyPort",
            "proxyPort=70000&proxyHost=p|proxyPort",
            "proxyUsername=u&proxyPassword=p|proxyHost"})
    void malformedOptionIsRefusedWhenTheEndpointIsCreated(String spec) {
        String option = spec.substring(0, spec.indexOf('|'));
        String field = spec.substring(spec.indexOf('|') + 1);

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?accessToken=" + TOKEN + "&" + option))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(field).doesNotContain(TOKEN);
                });
    }

    @Test
    void plainHttpToAnotherHostIsAcceptedOnlyWhenAllowed() {
        assertThat(context.getEndpoint("whatsapp-admin:deregister?baseUrl=http://gateway.internal"
                                       + "&allowInsecureHttp=true")).isNotNull();
        assertThat(context.getEndpoint("whatsapp-admin:deregister?baseUrl=http://127.0.0.2:8089")).isNotNull();
        assertThat(context.getEndpoint("whatsapp-admin:deregister?baseUrl=http://[::1]:8089")).isNotNull();
    }

    @Test
    void unknownOperationIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:unregister"))
                .rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("whatsapp-admin:<operation>", "deregister",
                                "register", "requestCode", "verifyCode", "setTwoStepPin", "getPhoneNumber",
                                "listPhoneNumbers"));
    }

    @Test
    void tokenWithLineBreakOnTheComponentIsRefusedWithoutRepeatingIt() {
        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        component.getConfiguration().setAccessToken(TOKEN + "\n");

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?phoneNumberId=1"))
                .rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("accessToken");
                    assertThat(e.getMessage()).contains("line break").doesNotContain(TOKEN);
                });
    }

    @Test
    void blankTokenOnTheComponentIsRefused() {
        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        component.getConfiguration().setAccessToken("   ");

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?phoneNumberId=1"))
                .rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("blank"));
    }

    @Test
    void tokenProviderThatThrowsEndsInInvalidInput() {
        context.getRegistry().bind("failingTokens", (WhatsAppAccessTokenProvider) id -> {
            throw new IllegalStateException("vault sealed");
        });

        Exchange result = send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl()
                               + "&phoneNumberId=1&accessTokenProvider=#failingTokens");

        WhatsAppInvalidInputException e = failure(result, WhatsAppInvalidInputException.class);
        assertThat(e.getField()).isEqualTo("accessTokenProvider");
        assertThat(e.getCause()).hasMessage("vault sealed");
    }

    @ParameterizedTest(name = "provider answers ''{0}''")
    @ValueSource(strings = {"", "  ", "tok en", "token\r\n"})
    void tokenProviderThatAnswersBlankOrBadEndsInInvalidInput(String answer) {
        context.getRegistry().bind("badTokens", (WhatsAppAccessTokenProvider) id -> answer);

        Exchange result = send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl()
                               + "&phoneNumberId=1&accessTokenProvider=#badTokens");

        assertThat(failure(result, WhatsAppInvalidInputException.class).getField()).isEqualTo("accessToken");
    }
}
