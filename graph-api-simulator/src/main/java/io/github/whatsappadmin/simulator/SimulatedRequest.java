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
package io.github.whatsappadmin.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received request, independent of WireMock's types. Header names are case-insensitive; {@code query} is the raw
 * query string without {@code ?} ("" when none).
 */
record SimulatedRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {

    private static final String BEARER = "bearer ";

    String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The bearer token, or null when the Authorization header is missing, of another scheme or empty. */
    String bearerToken() {
        String authorization = header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** A decoded query parameter, or null. */
    String queryParameter(String name) {
        return QueryString.parse(query).get(name);
    }

    RequestBody parameters() {
        return RequestBody.parse(body);
    }
}
