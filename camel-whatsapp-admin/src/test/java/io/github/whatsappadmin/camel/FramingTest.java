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

import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An answer whose framing is broken is never a success, even when the bytes that did arrive read as
 * {@code {"success":true}}: a raw loopback server writes each crafted answer, then closes the connection.
 */
class FramingTest extends CamelTestSupport {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "HTTP/1.1 200 OK\r\nContent-Length: -16\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: 16\r\nContent-Length: 160\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: 16\r\nContent-Length: 16\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: sixteen\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nContent-Length: 160\r\n\r\n{\"success\":true}",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nnot-hex\r\n{\"success\":true}\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"success\":true}\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n{\"success\":true}"})
    void brokenFramingIsAConnectionFailureNotASuccess(String answer) throws Exception {
        try (RawHttpServer graph = RawHttpServer.answeringThenClosing(answer)) {
            Exchange result = template.send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl()
                                            + "&accessToken=EAAGframingTest0123456789&phoneNumberId=106540352242922",
                    e -> {});

            assertThat(result.getException()).isInstanceOf(WhatsAppConnectionException.class)
                    .hasMessageContaining("the answer was not valid HTTP");
            assertThat(result.getMessage().getBody()).isNull();
            assertThat(graph.heads()).hasSize(1);
        }
    }
}
