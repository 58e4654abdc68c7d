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

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * What users write instead of the component: a route that sets the method and headers, POSTs {@code {}} with camel-http
 * to a URI built per message, and turns the JSON answer into the same {@link DeregisterResponse}. camel-http's pool is
 * raised from its default of 20 connections per host, which would otherwise cap every run at 20 calls in flight.
 */
final class CamelHttpContender extends CamelContender {

    CamelHttpContender(String baseUrl) throws Exception {
        super(started(baseUrl), "direct:deregister");
    }

    private static CamelContext started(String baseUrl) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        HttpComponent http = camel.getComponent("http", HttpComponent.class);
        http.setConnectionsPerRoute(200);
        http.setMaxTotalConnections(200);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:deregister")
                        .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                        .setHeader("Authorization", constant("Bearer " + TOKEN))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader("User-Agent", constant(USER_AGENT))
                        .setBody(constant("{}"))
                        .toD(baseUrl + "/" + API_VERSION + "/${header." + WhatsAppAdminConstants.PHONE_NUMBER_ID
                             + "}/deregister")
                        .unmarshal().json(JsonLibrary.Jackson, Map.class)
                        .process(CamelHttpContender::toResponse);
            }
        });
        camel.start();
        return camel;
    }

    private static void toResponse(Exchange exchange) {
        Map<?, ?> answer = exchange.getMessage().getBody(Map.class);
        if (!Boolean.TRUE.equals(answer.get("success"))) {
            throw new IllegalStateException("Graph did not answer {\"success\": true}: " + answer);
        }
        exchange.getMessage().setBody(new DeregisterResponse(true));
    }

    @Override
    public String name() {
        return "camel-http route";
    }

    @Override
    public boolean isAsync() {
        return false;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        throw new UnsupportedOperationException("camel-http's producer is synchronous: a thread per call in flight");
    }
}
