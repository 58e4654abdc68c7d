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

import java.util.Map;

/**
 * A request's parameters as Graph reads them from a JSON body: the members of a JSON object. A body that is empty,
 * not JSON, or not an object has none, so every parameter reads as missing.
 */
final class RequestBody {

    private static final RequestBody EMPTY = new RequestBody(Map.of());

    private final Map<?, ?> members;

    private RequestBody(Map<?, ?> members) {
        this.members = members;
    }

    static RequestBody parse(String body) {
        if (body == null || body.isBlank()) {
            return EMPTY;
        }
        try {
            // WireMock's own JSON reader (its Jackson is shaded): no second Jackson on users' class paths.
            Object parsed = com.github.tomakehurst.wiremock.common.Json.read(body, Object.class);
            return parsed instanceof Map<?, ?> map ? new RequestBody(map) : EMPTY;
        } catch (RuntimeException notJson) {
            return EMPTY;
        }
    }

    boolean has(String name) {
        return members.get(name) != null;
    }

    Object member(String name) {
        return members.get(name);
    }

    /**
     * A string member, or an integer written as a number (Graph takes {@code "pin": 123456} too); null when missing
     * or of another type.
     */
    String text(String name) {
        Object value = members.get(name);
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        return null;
    }

    /** An object member, or no parameters. */
    RequestBody object(String name) {
        return members.get(name) instanceof Map<?, ?> map ? new RequestBody(map) : EMPTY;
    }
}
