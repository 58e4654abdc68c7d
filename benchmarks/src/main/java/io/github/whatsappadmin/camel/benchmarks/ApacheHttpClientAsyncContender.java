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
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;

/**
 * The floor, every ratio is to it: Apache HttpClient 5 async ({@code CloseableHttpAsyncClient}, the client the
 * component sends through) called directly, as its examples do: started once, a pool as large as the most calls in
 * flight, the same request and the same JSON check, the answer handed to a {@link FutureCallback} on its I/O thread.
 */
final class ApacheHttpClientAsyncContender implements Contender {

    private final CloseableHttpAsyncClient client;
    private final String url;

    ApacheHttpClientAsyncContender(String baseUrl) {
        client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(200)
                        .setMaxConnPerRoute(200).build())
                .disableRedirectHandling()
                .build();
        client.start();
        url = baseUrl + "/" + API_VERSION + "/" + PHONE_NUMBER_ID + "/deregister";
    }

    @Override
    public String name() {
        return "Apache HttpClient 5 async direct";
    }

    @Override
    public DeregisterResponse call() throws Exception {
        return callAsync().get();
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        SimpleHttpRequest request = SimpleRequestBuilder.post(url)
                .setHeader("Authorization", "Bearer " + TOKEN)
                .setHeader("Accept", "application/json")
                .setHeader("User-Agent", USER_AGENT)
                .setBody("{}", ContentType.APPLICATION_JSON)
                .build();
        CompletableFuture<DeregisterResponse> answer = new CompletableFuture<>();
        client.execute(request, new FutureCallback<SimpleHttpResponse>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                try {
                    answer.complete(JdkHttpClientContender.parse(response.getCode(), response.getBodyBytes()));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Exception e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void cancelled() {
                answer.cancel(false);
            }
        });
        return answer;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
