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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an operation sends, relative to {@code <baseUrl>/<apiVersion>/}: built from validated parts only.
 *
 * @param method {@code GET} or {@code POST}
 * @param path   the path after the version, such as {@code 106540352242922/register}
 * @param query  query parameters in order, not yet encoded
 * @param body   the JSON body, or {@code null} for none
 */
public record CallRequest(String method, String path, Map<String, String> query, byte[] body) {

    public CallRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    static CallRequest post(String path, byte[] body) {
        return new CallRequest("POST", path, Map.of(), body);
    }

    static CallRequest get(String path, Map<String, String> query) {
        return new CallRequest("GET", path, query, null);
    }

    @Override
    public String toString() {
        // the body may hold a secret (PIN, code)
        return "CallRequest[" + method + " " + path + ", query=" + query.keySet() + "]";
    }
}
