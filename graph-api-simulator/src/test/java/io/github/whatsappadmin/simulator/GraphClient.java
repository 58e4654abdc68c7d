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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.common.Json;

/** Calls the simulator the way the component does: HTTP/1.1, bearer token, JSON body, bounded timeouts. */
final class GraphClient {

    static final String VERSION = "v23.0";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private final String baseUrl;

    GraphClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    HttpResponse<String> deregister(String phoneNumberId, String token) {
        return post("/" + VERSION + "/" + phoneNumberId + "/deregister", token, "{}");
    }

    HttpResponse<String> register(String phoneNumberId, String token, String pin) {
        return post("/" + VERSION + "/" + phoneNumberId + "/register", token,
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"" + pin + "\"}");
    }

    HttpResponse<String> requestCode(String phoneNumberId, String token, String codeMethod, String language) {
        return post("/" + VERSION + "/" + phoneNumberId + "/request_code", token,
                "{\"code_method\":\"" + codeMethod + "\",\"language\":\"" + language + "\"}");
    }

    HttpResponse<String> verifyCode(String phoneNumberId, String token, String code) {
        return post("/" + VERSION + "/" + phoneNumberId + "/verify_code", token, "{\"code\":\"" + code + "\"}");
    }

    HttpResponse<String> setTwoStepPin(String phoneNumberId, String token, String pin) {
        return post("/" + VERSION + "/" + phoneNumberId, token, "{\"pin\":\"" + pin + "\"}");
    }

    /** GET {@code /v23.0/{id}}, with {@code ?fields=...} unless fields is null. */
    HttpResponse<String> getPhoneNumber(String phoneNumberId, String token, String fields) {
        return get("/" + VERSION + "/" + phoneNumberId + (fields == null ? "" : "?fields=" + fields), token);
    }

    /** GET {@code /v23.0/{waba}/phone_numbers} with the query given ("" for none). */
    HttpResponse<String> listPhoneNumbers(String wabaId, String token, String query) {
        return get("/" + VERSION + "/" + wabaId + "/phone_numbers" + (query.isEmpty() ? "" : "?" + query), token);
    }

    HttpResponse<String> get(String pathAndQuery, String token) {
        return getUrl(baseUrl + pathAndQuery, token);
    }

    /** GET an absolute URL, e.g. a page's paging.next as Graph gave it. */
    HttpResponse<String> getUrl(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String token, String body) {
        return postWithAuthorization(path, token == null ? null : "Bearer " + token, body);
    }

    HttpResponse<String> postWithAuthorization(String path, String authorization, String body) {
        try {
            return send(path, authorization, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets IOExceptions through, for the fault tests. */
    HttpResponse<String> send(String path, String authorization, String body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code error} object of a Graph envelope. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> error(HttpResponse<String> response) {
        Map<String, Object> envelope = Json.read(response.body(), Map.class);
        return (Map<String, Object>) envelope.get("error");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(String text) {
        return Json.read(text, Map.class);
    }

    /** The {@code data} array of a list answer. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> data(HttpResponse<String> response) {
        return (List<Map<String, Object>>) json(response.body()).get("data");
    }

    /** The {@code paging} object of a list answer, or null. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> paging(HttpResponse<String> response) {
        return (Map<String, Object>) json(response.body()).get("paging");
    }
}
