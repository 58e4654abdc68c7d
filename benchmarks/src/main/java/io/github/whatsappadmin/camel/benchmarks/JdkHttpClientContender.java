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
package io.github.whatsappadmin.camel.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whatsappadmin.camel.model.DeregisterResponse;

/**
 * The floor: {@code java.net.http.HttpClient}, the client the component uses, called directly with its defaults, the
 * same request (headers, timeout, HTTP/1.1 on plain http) and the same JSON check. Its executor is the cached thread
 * pool the client would make itself, given explicitly only so that close() can end its threads (JDK 17's client has no
 * close()) before the next contender's threads are counted.
 */
final class JdkHttpClientContender implements Contender {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "jdk-http-client-worker");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client;
    private final String urlPrefix;

    JdkHttpClientContender(String baseUrl) {
        client = HttpClient.newBuilder()
                .executor(executor)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        urlPrefix = baseUrl + "/" + API_VERSION + "/";
    }

    @Override
    public String name() {
        return "JDK HttpClient direct";
    }

    private HttpRequest request() {
        return HttpRequest.newBuilder(URI.create(urlPrefix + PHONE_NUMBER_ID + "/deregister"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    @Override
    public DeregisterResponse call() throws Exception {
        return parse(client.send(request(), HttpResponse.BodyHandlers.ofByteArray()));
    }

    @Override
    public boolean isAsync() {
        // send() blocks its caller; the asynchronous path is JdkHttpClientAsyncContender
        return false;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        return client.sendAsync(request(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(JdkHttpClientContender::parse);
    }

    static DeregisterResponse parse(HttpResponse<byte[]> response) {
        return parse(response.statusCode(), response.body());
    }

    static DeregisterResponse parse(int status, byte[] body) {
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (status != 200 || !json.path("success").asBoolean(false)) {
            throw new IllegalStateException("HTTP " + status + ": " + json);
        }
        return new DeregisterResponse(true);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
