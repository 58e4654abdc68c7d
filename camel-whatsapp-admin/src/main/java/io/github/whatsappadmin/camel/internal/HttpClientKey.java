package io.github.whatsappadmin.camel.internal;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * What makes two endpoints need different HTTP clients. Endpoints with equal keys share one client and its connection
 * pool. The proxy credentials are part of the key: a tunnel the proxy opened for one user is never reused for another.
 * {@link #toString()} leaves the password out.
 */
public record HttpClientKey(long connectTimeout, int maxConnectionsPerHost, String proxyHost, Integer proxyPort,
                            String proxyUsername, String proxyPassword, SSLContextParameters sslContextParameters) {

    public static HttpClientKey of(WhatsAppAdminConfiguration config) {
        return new HttpClientKey(config.getConnectTimeout(), config.getMaxConnectionsPerHost(), config.getProxyHost(),
                config.getProxyPort(), config.getProxyUsername(), config.getProxyPassword(),
                config.getSslContextParameters());
    }

    @Override
    public String toString() {
        return "HttpClientKey[connectTimeout=" + connectTimeout + ", maxConnectionsPerHost=" + maxConnectionsPerHost
               + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort)
               + (proxyUsername == null ? "" : ", proxy credentials") + ", sslContextParameters="
               + (sslContextParameters != null) + "]";
    }
}
