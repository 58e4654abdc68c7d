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
