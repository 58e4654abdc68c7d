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

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Graph path {@code /{version}/{object-id}} or {@code /{version}/{object-id}/{edge}}, split but not yet validated:
 * the version and the ID are checked by the API the way Graph checks them, so that each failure gets Graph's answer.
 * The edge is empty for the object itself.
 */
record GraphPath(String version, String objectId, String edge) {

    static final String PHONE_NUMBERS_EDGE = "phone_numbers";

    private static final Pattern VERSION = Pattern.compile("^v\\d+\\.\\d+$");

    static Optional<GraphPath> parse(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        String[] parts = trimmed.split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()
            || (parts.length == 3 && parts[2].isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new GraphPath(parts[0], parts[1], parts.length == 3 ? parts[2] : ""));
    }

    boolean hasValidVersion() {
        return VERSION.matcher(version).matches();
    }

    /** Whether the object is a business account (its numbers' list) rather than a phone number. */
    boolean addressesAccount() {
        return PHONE_NUMBERS_EDGE.equals(edge);
    }
}
