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

import java.util.concurrent.CompletableFuture;

import io.github.whatsappadmin.camel.model.DeregisterResponse;

/**
 * The JDK client's asynchronous path, called directly: {@code sendAsync}, the call the component makes. Under a caller
 * that waits it shows what the JDK's async path costs by itself, apart from the component's own work.
 */
final class JdkHttpClientAsyncContender implements Contender {

    private final JdkHttpClientContender client;

    JdkHttpClientAsyncContender(String baseUrl) {
        client = new JdkHttpClientContender(baseUrl);
    }

    @Override
    public String name() {
        return "JDK HttpClient sendAsync direct";
    }

    @Override
    public DeregisterResponse call() {
        return client.callAsync().join();
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        return client.callAsync();
    }

    @Override
    public void close() {
        client.close();
    }
}
