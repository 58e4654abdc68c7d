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

import java.io.PrintWriter;
import java.io.StringWriter;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A misspelled option names itself and the option meant, and never repeats a value: a misspelled accessToken carries
 * the token. The same for values Camel's own binding would quote or lose.
 */
class UnknownOptionTest extends CamelTestSupport {

    private static final String TOKEN = "EAAGunknownOptionToken0123456789abcdef";

    /** The component's own error, which never holds a value, whatever the option's name. */
    private WhatsAppInvalidInputException refused(String uri) {
        Throwable thrown = catchThrowable(() -> context.getEndpoint(uri));
        assertThat(thrown).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(thrown.getCause()).isInstanceOf(WhatsAppInvalidInputException.class);
        WhatsAppInvalidInputException e = (WhatsAppInvalidInputException) thrown.getCause();
        assertThat(stackTrace(e)).doesNotContain(TOKEN);
        return e;
    }

    private static String stackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"authorizationToken", "access_token", "acessToken", "AccessTokn", "token",
            "bearerToken"})
    void misspelledTokenOptionSuggestsAccessTokenWithoutTheToken(String name) {
        WhatsAppInvalidInputException e = refused("whatsapp-admin:deregister?phoneNumberId=1&" + name + "=" + TOKEN);

        assertThat(e.getField()).isEqualTo(name);
        assertThat(e.getMessage()).isEqualTo("Unknown option '" + name + "' (did you mean accessToken?) on the"
                                             + " whatsapp-admin endpoint; values are not shown. Fix the name: the"
                                             + " options are listed in the component reference.");
        assertThat(e.getOperation()).isEqualTo("deregister");
    }

    @Test
    void everyUnknownOptionIsNamedWithItsSuggestion() {
        WhatsAppInvalidInputException e = refused("whatsapp-admin:deregister?phoneNumber=1&version=v23.0"
                                                  + "&proxyPasword=" + TOKEN + "&zzz=1");

        assertThat(e.getMessage()).startsWith("Unknown options ")
                .contains("'phoneNumber' (did you mean phoneNumberId?)", "'version' (did you mean apiVersion?)",
                        "'proxyPasword' (did you mean proxyPassword?)")
                .contains("'zzz' on the whatsapp-admin endpoint");
    }

    /**
     * Camel's own wrapper repeats the URI, masking only options whose names look secret (token, password, ...): for
     * those, as in the usual misspellings of accessToken, the token appears in no message, stack trace or log line.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"authorizationToken", "access_token", "acessToken", "token", "bearerToken"})
    void misspelledTokenOptionLeavesTheTokenInNoMessageAndNoLogLine(String name) {
        Throwable thrown;
        try (LogCapture capture = LogCapture.at(Level.DEBUG)) {
            thrown = catchThrowable(() -> context.getEndpoint("whatsapp-admin:deregister?" + name + "=" + TOKEN));

            assertThat(capture.lines()).allSatisfy(l -> assertThat(l.text()).doesNotContain(TOKEN));
        }
        assertThat(thrown).isInstanceOf(ResolveEndpointFailedException.class);
        assertThat(stackTrace(thrown)).contains("did you mean accessToken?").doesNotContain(TOKEN);
    }

    @Test
    void tokenGivenAsTheProviderIsRefusedWithoutRepeatingIt() {
        WhatsAppInvalidInputException e = refused("whatsapp-admin:deregister?accessTokenProvider=" + TOKEN);

        assertThat(e.getField()).isEqualTo("accessTokenProvider");
        assertThat(e.getMessage()).contains("#name", "accessToken");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"requestTimeout=abc", "connectTimeout=10sec", "requestTimeout=1.5s"})
    void durationCamelCannotReadIsQuotedAsGiven(String option) {
        String name = option.substring(0, option.indexOf('='));
        String value = option.substring(option.indexOf('=') + 1);

        WhatsAppInvalidInputException e = refused("whatsapp-admin:deregister?" + option);

        assertThat(e.getField()).isEqualTo(name);
        assertThat(e.getMessage()).startsWith("Invalid " + name + " '" + value + "': ").contains("30s", "PT30S");
    }

    @Test
    void knownOptionsAreAccepted() {
        context.getRegistry().bind("tokens", (WhatsAppAccessTokenProvider) id -> TOKEN);
        assertThat(context.getEndpoint("whatsapp-admin:deregister?phoneNumberId=1&requestTimeout=30s"
                                       + "&connectTimeout=PT5S&accessTokenProvider=#tokens&userAgent=ops/1.0.0"))
                .isNotNull();
    }
}
