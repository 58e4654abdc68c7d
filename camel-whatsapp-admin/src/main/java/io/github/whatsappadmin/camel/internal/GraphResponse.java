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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One complete HTTP answer, as the transport read it: status, headers and the body up to a read limit.
 *
 * @param status    the HTTP status code
 * @param reason    the reason phrase, or {@code null} when the server sent none
 * @param headers   the response headers, names in lower case, values in the order received
 * @param body      the body bytes read, at most the transport's read limit
 * @param truncated whether the body was longer than the read limit (the rest was not read)
 */
public record GraphResponse(int status, String reason, Map<String, List<String>> headers, byte[] body,
                            boolean truncated) {

    /** The most a Graph answer is read; a real one is a few kilobytes at most. */
    public static final int READ_LIMIT = 64 * 1024;

    public GraphResponse {
        headers = Map.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> firstHeader(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** Every value of a header, by case-insensitive name. */
    public List<String> allHeaders(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "GraphResponse[" + status + ", " + body.length + (truncated ? "+" : "") + " bytes]";
    }
}
