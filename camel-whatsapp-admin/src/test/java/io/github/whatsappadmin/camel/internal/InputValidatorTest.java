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
package io.github.whatsappadmin.camel.internal;

import java.util.function.Consumer;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator on its own: each refusal names the field, shows the value only when it is no secret, says the fix. */
class InputValidatorTest {

    private static final String TOKEN = "EAAGvalidatorTestToken0123456789";

    private static WhatsAppInvalidInputException refused(Consumer<WhatsAppAdminConfiguration> setting) {
        WhatsAppAdminConfiguration config = new WhatsAppAdminConfiguration();
        setting.accept(config);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> InputValidator.validateOptions(config, "deregister"));
        assertThat(thrown).isInstanceOf(WhatsAppInvalidInputException.class);
        return (WhatsAppInvalidInputException) thrown;
    }

    @Test
    void defaultsAreValid() {
        assertThatCode(() -> InputValidator.validateOptions(new WhatsAppAdminConfiguration(), "deregister"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"ops-bot/1.0\r\nX-Injected: 1", "ops-bot\n", "ops\tbot", "ops-bot/1.0 \u2603",
            "ops\u0085bot", "   "})
    void userAgentThatCannotBeAHeaderIsRefused(String value) {
        WhatsAppInvalidInputException e = refused(c -> c.setUserAgent(value));

        assertThat(e.getField()).isEqualTo("userAgent");
        assertThat(e.getMessage()).contains("userAgent", ProductVersion.DEFAULT_USER_AGENT).doesNotContain("\r", "\n");
    }

    @Test
    void userAgentLongerThanTheBoundIsRefused() {
        WhatsAppInvalidInputException e = refused(c -> c.setUserAgent("a".repeat(257)));

        assertThat(e.getMessage()).contains("1 to 256 characters");
    }

    @Test
    void userAgentWithLatin1AndTheLongestLengthIsAccepted() {
        WhatsAppAdminConfiguration config = new WhatsAppAdminConfiguration();
        config.setUserAgent("équipe-ops/1.0 " + "a".repeat(241));

        assertThatCode(() -> InputValidator.validateOptions(config, "deregister")).doesNotThrowAnyException();
    }

    @Test
    void tokenLongerThanTheBoundIsRefusedWithoutRepeatingIt() {
        String token = TOKEN + "x".repeat(InputValidator.MAX_TOKEN_LENGTH);

        WhatsAppInvalidInputException e = refused(c -> c.setAccessToken(token));

        assertThat(e.getField()).isEqualTo("accessToken");
        assertThat(e.getMessage()).contains("4096").doesNotContain(TOKEN);
    }

    @Test
    void tokenOfTheLongestLengthIsAccepted() {
        assertThat(InputValidator.token("x".repeat(4096), "option accessToken", "deregister", null)).hasSize(4096);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "http://localhost:8089/v23.0|write http://localhost:8089 and set apiVersion=v23.0",
            "https://graph.example.com/graph/|write https://graph.example.com.",
            "https://graph.example.com//|write https://graph.example.com.",
            "https://graph.example.com:8443/v22.0/|write https://graph.example.com:8443 and set apiVersion=v22.0",
            "https://graph.example.com?access_token=SECRET|it must not carry a query",
            "https://graph.example.com#SECRET|it must not carry a query or a fragment",
            "https://ops:SECRET@graph.example.com|it must not carry user info",
            "https://ops:SECRET@graph.example.com/x|it must not carry user info",
            "https://ops:SE CRET@graph.example.com|not a valid URL"})
    void baseUrlWithMoreThanSchemeHostAndPortIsRefusedWithWhatToWrite(String spec) {
        String value = spec.substring(0, spec.indexOf('|'));
        String says = spec.substring(spec.indexOf('|') + 1);

        WhatsAppInvalidInputException e = refused(c -> c.setBaseUrl(value));

        assertThat(e.getField()).isEqualTo("baseUrl");
        assertThat(e.getMessage()).contains(says).doesNotContain("SECRET", "SE CRET");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {WhatsAppAdminConfiguration.DEFAULT_BASE_URL, WhatsAppAdminConfiguration.DEFAULT_BASE_URL + "/",
            "http://localhost:8089",
            "http://127.0.0.1:8089/"})
    void baseUrlWithSchemeHostAndPortIsAccepted(String value) {
        WhatsAppAdminConfiguration config = new WhatsAppAdminConfiguration();
        config.setBaseUrl(value);

        assertThatCode(() -> InputValidator.validateOptions(config, "deregister")).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"abc", "", "30S", "1.5s", "10 s", "30sec", "PTabc", "s", "ms"})
    void durationCamelWouldNotReadIsRefusedQuotingIt(String value) {
        assertThatThrownBy(() -> InputValidator.durationText("requestTimeout", value, "deregister"))
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("requestTimeout");
                    assertThat(e.getMessage()).contains("Invalid requestTimeout '" + value + "'", "30s", "PT30S");
                });
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"30000", "30s", "1m30s", "500ms", "1h", "2d", "1h2m3s4ms", "PT30S", "pt1m", "-5"})
    void durationCamelReadsIsAccepted(String value) {
        assertThatCode(() -> InputValidator.durationText("requestTimeout", value, "deregister"))
                .doesNotThrowAnyException();
    }

    @Test
    void zeroTimeoutSaysCamelReadsUnknownTextAsZero() {
        WhatsAppInvalidInputException e = refused(c -> c.setRequestTimeout(0));

        assertThat(e.getMessage()).contains("Invalid requestTimeout 0 ms", "such as abc");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"proxyUsername", "proxyPassword"})
    void proxyCredentialWithALineBreakOrTooLongIsRefusedWithoutRepeatingIt(String field) {
        Consumer<WhatsAppAdminConfiguration> proxy = c -> {
            c.setProxyHost("proxy.local");
            c.setProxyPort(3128);
            c.setProxyUsername("ops");
            c.setProxyPassword("pw");
        };
        WhatsAppInvalidInputException lineBreak = refused(proxy.andThen(c -> set(c, field, "S3cretValue\n")));
        WhatsAppInvalidInputException tooLong = refused(proxy.andThen(c -> set(c, field, "S3cretValue".repeat(100))));

        assertThat(lineBreak.getField()).isEqualTo(field);
        assertThat(lineBreak.getMessage()).contains("line break").doesNotContain("S3cretValue");
        assertThat(tooLong.getMessage()).contains("1024").doesNotContain("S3cretValue");
    }

    private static void set(WhatsAppAdminConfiguration c, String field, String value) {
        if (field.equals("proxyUsername")) {
            c.setProxyUsername(value);
        } else {
            c.setProxyPassword(value);
        }
    }

    @Test
    void headerThatCannotBeReadAsTextIsInvalidInputNamingTheField() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader("CamelWhatsAppAdminPhoneNumberId", new Object() {
                @Override
                public String toString() {
                    throw new IllegalStateException("no text");
                }
            });

            assertThatThrownBy(() -> InputValidator.headerText(exchange.getMessage(),
                    "CamelWhatsAppAdminPhoneNumberId", "phoneNumberId", "deregister"))
                    .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                        assertThat(e.getField()).isEqualTo("phoneNumberId");
                        assertThat(e.getMessage()).contains("CamelWhatsAppAdminPhoneNumberId", "cannot be read as text");
                        assertThat(e.getOperation()).isEqualTo("deregister");
                    });
        }
    }

    @Test
    void headerThatIsTextOrConvertsIsReturned() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader("A", "106540352242922");
            exchange.getMessage().setHeader("B", 106540352242922L);

            assertThat(InputValidator.headerText(exchange.getMessage(), "A", "phoneNumberId", "deregister"))
                    .isEqualTo("106540352242922");
            assertThat(InputValidator.headerText(exchange.getMessage(), "B", "phoneNumberId", "deregister"))
                    .isEqualTo("106540352242922");
            assertThat(InputValidator.headerText(exchange.getMessage(), "C", "phoneNumberId", "deregister")).isNull();
        }
    }
}
