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
import java.util.concurrent.CompletionException;

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * {@code whatsapp-admin:deregister} through a ProducerTemplate, the token set on the component as the docs advise, the
 * phone number given per message in the header, as an offboarding route does. Its pool holds as many connections as
 * the other contenders' (200, the most calls in flight), unless a test of the default cap asks for another size.
 */
final class ComponentContender extends CamelContender {

    private final ProducerTemplate asyncTemplate;

    static final int POOL = 200;

    ComponentContender(String baseUrl) {
        this(baseUrl, POOL);
    }

    ComponentContender(String baseUrl, int maxConnectionsPerHost) {
        super(started(baseUrl, maxConnectionsPerHost), "whatsapp-admin:deregister");
        // without its own thread pool, asyncSend hands the exchange straight to the async producer
        asyncTemplate = camel.createProducerTemplate();
        asyncTemplate.setThreadedAsyncMode(false);
    }

    private static CamelContext started(String baseUrl, int maxConnectionsPerHost) {
        CamelContext camel = new DefaultCamelContext();
        WhatsAppAdminComponent component = new WhatsAppAdminComponent();
        component.getConfiguration().setBaseUrl(baseUrl);
        component.getConfiguration().setAccessToken(TOKEN);
        component.getConfiguration().setApiVersion(API_VERSION);
        component.getConfiguration().setUserAgent(USER_AGENT);
        component.getConfiguration().setMaxConnectionsPerHost(maxConnectionsPerHost);
        // The harness deregisters one number far beyond its 10 attempts in 72 hours, and the other contenders have no
        // guard: this compares the transport; BudgetStoreBenchmark measures what the guard adds per call.
        component.getConfiguration().setRegistrationBudget(0);
        camel.addComponent("whatsapp-admin", component);
        camel.start();
        return camel;
    }

    @Override
    public String name() {
        return "whatsapp-admin component";
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public CompletableFuture<DeregisterResponse> callAsync() {
        Exchange exchange = endpoint.createExchange(ExchangePattern.InOut);
        exchange.getMessage().setHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID);
        return asyncTemplate.asyncSend(endpoint, exchange).thenApply(done -> {
            if (done.getException() != null) {
                throw new CompletionException(done.getException());
            }
            return done.getMessage().getBody(DeregisterResponse.class);
        });
    }

    @Override
    public void close() throws Exception {
        asyncTemplate.close();
        super.close();
    }
}
