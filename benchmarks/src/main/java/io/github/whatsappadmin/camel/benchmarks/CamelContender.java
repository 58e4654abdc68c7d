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
