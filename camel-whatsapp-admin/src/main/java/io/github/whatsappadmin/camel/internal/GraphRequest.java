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
 * One HTTP request to Graph, built from validated parts only. Its headers hold secrets (the bearer token, proxy
 * credentials): {@link #toString()} never shows header values.
 *
 * @param method  {@code GET} or {@code POST}
 * @param url     the absolute URL: base URL, version, path and query, every part validated
 * @param headers request headers in sending order
 * @param body    the request body (JSON), or {@code null} for none
 */
public record GraphRequest(String method, String url, Map<String, String> headers, byte[] body) {

    public GraphRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    @Override
    public String toString() {
        return "GraphRequest[" + method + " " + url + ", headers=" + headers.keySet() + ", body="
               + (body == null ? "none" : body.length + " bytes") + "]";
    }
}
