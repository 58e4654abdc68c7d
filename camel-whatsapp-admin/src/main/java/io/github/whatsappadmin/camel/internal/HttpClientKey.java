package io.github.whatsappadmin.camel.internal;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What makes two endpoints need different HTTP clients. Endpoints with equal keys share one client and its connection
 * pool. Proxy credentials are sent per request, so they are not part of the key (and no secret is).
 */
public record HttpClientKey(long connectTimeout, String proxyHost, Integer proxyPort,
                            SSLContextParameters sslContextParameters) {

    public static HttpClientKey of(WhatsAppAdminConfiguration config) {
        return new HttpClientKey(config.getConnectTimeout(), config.getProxyHost(), config.getProxyPort(),
                config.getSslContextParameters());
    }
}
