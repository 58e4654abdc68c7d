package io.github.whatsappadmin.camel;

/** The operations of the whatsapp-admin component: the {@code operation} part of {@code whatsapp-admin:operation}. */
public enum WhatsAppAdminOperation {

    /** {@code POST /{Version}/{Phone-Number-ID}/deregister}: take the number off the WhatsApp Cloud API. */
    deregister("deregister");

    private final String pathSegment;

    WhatsAppAdminOperation(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    /** The last path segment of the Graph request. */
    public String pathSegment() {
        return pathSegment;
    }
}
