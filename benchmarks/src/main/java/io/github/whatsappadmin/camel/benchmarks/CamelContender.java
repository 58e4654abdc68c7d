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

import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;

/** A contender that is a Camel endpoint called through a ProducerTemplate, the phone number in the header. */
abstract class CamelContender implements Contender {

    protected final CamelContext camel;
    protected final Endpoint endpoint;
    private final ProducerTemplate template;

    /** @param camel a started context in which {@code endpointUri} resolves */
    CamelContender(CamelContext camel, String endpointUri) {
        this.camel = camel;
        this.endpoint = camel.getEndpoint(endpointUri);
        this.template = camel.createProducerTemplate();
    }

    @Override
    public DeregisterResponse call() {
        return template.requestBodyAndHeader(endpoint, null, WhatsAppAdminConstants.PHONE_NUMBER_ID, PHONE_NUMBER_ID,
                DeregisterResponse.class);
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
