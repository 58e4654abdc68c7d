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
 * What the simulated API decided for one request: a success body or an error, plus what the usage headers need
 * (the account addressed, if known, and minutes until a throttle ends).
 */
record Outcome(Map<String, Object> success, GraphError error, String account, long minutesToRegain) {

    static final Map<String, Object> SUCCESS = Map.of("success", true);

    static Outcome ok(String account) {
        return new Outcome(SUCCESS, null, account, 0);
    }

    static Outcome ok(Map<String, Object> body, String account) {
        return new Outcome(body, null, account, 0);
    }

    static Outcome failed(GraphError error, String account) {
        return new Outcome(null, error, account, 0);
    }

    static Outcome throttled(GraphError error, String account, long minutesToRegain) {
        return new Outcome(null, error, account, minutesToRegain);
    }
}
