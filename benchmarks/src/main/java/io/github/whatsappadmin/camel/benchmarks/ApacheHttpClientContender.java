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
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * For reference: Apache HttpClient 5 classic (the client under camel-http), called directly with a pool as large as
 * the most calls in flight, the same request and the same JSON check. Classic I/O blocks a thread per call in flight.
 */
final class ApacheHttpClientContender implements Contender {

    private final CloseableHttpClient client;
    private final String url;

    ApacheHttpClientContender(String baseUrl) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(200)
                .setMaxConnPerRoute(200)
                .build();
        client = HttpClients.custom().setConnectionManager(pool).disableRedirectHandling().build();
        url = baseUrl + "/" + API_VERSION + "/" + PHONE_NUMBER_ID + "/deregister";
    }

    @Override
    public String name() {
        return "Apache HttpClient 5 classic direct";
    }

    @Override
    public DeregisterResponse call() throws Exception {
        HttpPost post = new HttpPost(url);
        post.setHeader("Authorization", "Bearer " + TOKEN);
        post.setHeader("Accept", "application/json");
        post.setHeader("User-Agent", USER_AGENT);
        post.setEntity(new StringEntity("{}", ContentType.APPLICATION_JSON));
        return client.execute(post,
                response -> JdkHttpClientContender.parse(response.getCode(), EntityUtils.toByteArray(response.getEntity())));
    }

    @Override
    public boolean isAsync() {
        return false;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        throw new UnsupportedOperationException("classic Apache HttpClient blocks a thread per call in flight");
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
