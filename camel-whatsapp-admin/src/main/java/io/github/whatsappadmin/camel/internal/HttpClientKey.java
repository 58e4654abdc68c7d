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
