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

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Takes WireMock's own {@code Matched-Stub-Id} / {@code Matched-Stub-Name} headers off every answer: Graph never
 * sends them, and a client under test should see only what Graph sends.
 */
final class StubHeaderRemover implements ResponseTransformerV2 {

    @Override
    public String getName() {
        return "graph-api-simulator-stub-header-remover";
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        HttpHeaders graphHeaders = new HttpHeaders(response.getHeaders().all().stream()
                .filter(header -> !header.key().regionMatches(true, 0, "Matched-Stub-", 0, 13))
                .toList());
        return Response.Builder.like(response).but().headers(graphHeaders).build();
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }
}
