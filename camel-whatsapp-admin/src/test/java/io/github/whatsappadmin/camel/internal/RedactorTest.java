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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A secret is removed from text taken from an answer however it was echoed: as sent, encoded, or in part. */
class RedactorTest {

    private static final String TOKEN = "EAAGtestTokenValue0123456789abcdefSECRET";
    private static final String PASSWORD = "p@ss/w\"rd&<x> ü";

    private final Redactor redactor = new Redactor(TOKEN, null, "", PASSWORD, "123456");

    @Test
    void secretAsSentIsMasked() {
        assertThat(redactor.redact("Authorization: Bearer " + TOKEN + ".")).isEqualTo(
                "Authorization: Bearer [REDACTED].");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"url", "url-lower-hex", "url-percent-20", "json", "json-slash", "html"})
    void encodedEchoOfASecretIsMasked(String form) {
        String urlEncoded = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        String echo = switch (form) {
            case "url" -> urlEncoded;
            case "url-lower-hex" -> Pattern.compile("%[0-9A-F]{2}").matcher(urlEncoded)
                    .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
            case "url-percent-20" -> urlEncoded.replace("+", "%20");
            case "json" -> "p@ss/w\\\"rd&<x> \\u00fc";
            case "json-slash" -> "p@ss\\/w\\\"rd&<x> \\u00fc";
            case "html" -> "p@ss/w&quot;rd&amp;&lt;x&gt; ü";
            default -> throw new IllegalArgumentException(form);
        };

        assertThat(redactor.redact("[" + echo + "]")).isEqualTo("[[REDACTED]]");
    }

    @Test
    void longPieceOfALongSecretIsMasked() {
        String cut = TOKEN.substring(0, 20);
        String middle = TOKEN.substring(10, 30);

        assertThat(redactor.redact("token " + cut + "... and " + middle + " end"))
                .isEqualTo("token [REDACTED]... and [REDACTED] end");
    }

    @Test
    void everyPieceOfTheMinimumLengthIsMaskedWhereverItStandsInTheText() {
        for (int i = 0; i + Redactor.FRAGMENT <= TOKEN.length(); i++) {
            String piece = TOKEN.substring(i, i + Redactor.FRAGMENT);

            assertThat(redactor.redact(piece)).as("the text is the piece at %d", i).isEqualTo("[REDACTED]");
            assertThat(redactor.redact(piece + " tail")).isEqualTo("[REDACTED] tail");
            assertThat(redactor.redact("head " + piece)).isEqualTo("head [REDACTED]");
        }
    }

    @Test
    void aRedactorIsReusedOnlyForTheSameSecrets() {
        Redactor.Reuse reuse = new Redactor.Reuse();
        String other = "EAAGanotherTokenValue9876543210zyxwvOTHER";

        Redactor first = reuse.of(TOKEN, null);
        Redactor again = reuse.of(TOKEN, null);
        Redactor forOther = reuse.of(other, null);
        Redactor withPin = reuse.of(other, null, "654321");

        assertThat(again).isSameAs(first);
        assertThat(forOther).isNotSameAs(first);
        assertThat(forOther.redact(TOKEN + " " + other)).isEqualTo(TOKEN + " [REDACTED]");
        assertThat(withPin).isNotSameAs(forOther);
        assertThat(withPin.redact("pin 654321")).isEqualTo("pin [REDACTED]");
    }

    @Test
    void shortPieceOfASecretIsKept() {
        // fifteen characters are too likely by chance to be masked on their own
        String piece = TOKEN.substring(0, Redactor.FRAGMENT - 1);

        assertThat(redactor.redact("x" + piece + "x")).isEqualTo("x" + piece + "x");
    }

    @Test
    void shortSecretIsMaskedWhole() {
        assertThat(redactor.redact("pin 123456 accepted")).isEqualTo("pin [REDACTED] accepted");
    }

    @Test
    void textWithoutSecretIsUnchanged() {
        assertThat(redactor.redact("(#133010) Account not registered")).isEqualTo("(#133010) Account not registered");
        assertThat(redactor.redact((String) null)).isNull();
        assertThat(new Redactor().redact("anything " + TOKEN)).isEqualTo("anything " + TOKEN);
    }

    @Test
    void treeIsRedactedInValuesAndKeys() {
        JsonNode tree = Json.readOrNull("{\"" + TOKEN + "\":{\"list\":[\"Bearer " + TOKEN + "\",1,true]},\"n\":5}");

        JsonNode redacted = redactor.redact(tree);

        assertThat(redacted.toString()).isEqualTo("{\"[REDACTED]\":{\"list\":[\"Bearer [REDACTED]\",1,true]},\"n\":5}");
    }

    @Test
    void treeWithoutSecretIsTheSameTree() {
        JsonNode tree = Json.readOrNull("{\"success\":true,\"id\":\"1\"}");

        assertThat(redactor.redact(tree)).isSameAs(tree);
    }
}
