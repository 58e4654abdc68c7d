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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the simulator received.
 *
 * @param method      HTTP method, upper case
 * @param path        the path without the query, e.g. {@code /v23.0/1001/deregister}
 * @param query       the query string as sent, without {@code ?} ("" when none), an {@code access_token} in it masked
 * @param headers     request headers, names case-insensitive; {@code Authorization} is masked (never the full token)
 * @param body        the request body as text ("" when none)
 * @param receivedAt  when it arrived, on the {@link SimulatorClock}
 * @param status      the HTTP status answered, or 0 when a fault answered no status (reset, empty, garbage)
 * @param tokenSha256 SHA-256 (hex) of the bearer token sent, or null: lets {@link #sentToken} check the exact token
 *                    without the journal holding it
 */
public record JournalEntry(String method, String path, String query, Map<String, List<String>> headers, String body,
                           Instant receivedAt, int status, String tokenSha256) {

    /** An entry without a query string (the form before the journal recorded queries). */
    public JournalEntry(String method, String path, Map<String, List<String>> headers, String body, Instant receivedAt,
                        int status, String tokenSha256) {
        this(method, path, "", headers, body, receivedAt, status, tokenSha256);
    }

    /** The first value of a header (case-insensitive name). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** A query parameter, decoded (the first, if repeated). */
    public Optional<String> queryParameter(String name) {
        return Optional.ofNullable(QueryString.parse(query).get(name));
    }

    /** Whether the request carried exactly this bearer token. */
    public boolean sentToken(String token) {
        return tokenSha256 != null && token != null && tokenSha256.equals(TokenDigest.sha256(token));
    }

    /**
     * The phone number ID in a {@code /{version}/{id}} or {@code /{version}/{id}/{edge}} path, if the path has one;
     * empty for a business account's {@code /phone_numbers}.
     */
    public Optional<String> phoneNumberId() {
        return GraphPath.parse(path).filter(p -> !p.addressesAccount()).map(GraphPath::objectId);
    }

    /** The business account ID of a {@code /{version}/{waba-id}/phone_numbers} path, if it is one. */
    public Optional<String> businessAccountId() {
        return GraphPath.parse(path).filter(GraphPath::addressesAccount).map(GraphPath::objectId);
    }
}
