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
package io.github.whatsappadmin.camel;

import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Administer WhatsApp Business phone numbers through the WhatsApp Cloud API: onboard (requestCode, verifyCode,
 * setTwoStepPin, register), read (getPhoneNumber, listPhoneNumbers) and offboard (deregister).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "whatsapp-admin", title = "WhatsApp Admin",
             syntax = "whatsapp-admin:operation", producerOnly = true,
             category = {Category.CLOUD, Category.API, Category.CHAT},
             headersClass = WhatsAppAdminConstants.class)
public class WhatsAppAdminEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    @UriPath(enums = OperationLabels.ALL,
             description = "The operation to perform: deregister, register, requestCode, verifyCode, setTwoStepPin"
                           + " and getPhoneNumber act on the phone number phoneNumberId; listPhoneNumbers lists the"
                           + " numbers of the business account businessAccountId. The header"
                           + " CamelWhatsAppAdminOperation overrides it per message.")
    @Metadata(required = true)
    private WhatsAppAdminOperation operation;

    @UriParam
    private WhatsAppAdminConfiguration configuration;

    public WhatsAppAdminEndpoint(String uri, WhatsAppAdminComponent component, WhatsAppAdminOperation operation,
                                 WhatsAppAdminConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
    }

    @Override
    public WhatsAppAdminComponent getComponent() {
        return (WhatsAppAdminComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new WhatsAppAdminProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("whatsapp-admin endpoints only send: use them in to(...)");
    }

    public WhatsAppAdminOperation getOperation() {
        return operation;
    }

    /** The URI's operation (a header may override it per message); this setter exists for Camel's tooling. */
    public void setOperation(WhatsAppAdminOperation operation) {
        this.operation = operation;
    }

    public WhatsAppAdminConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(WhatsAppAdminConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }
}
