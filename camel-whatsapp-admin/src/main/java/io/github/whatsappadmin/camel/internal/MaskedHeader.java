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

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;

/**
 * A credential header whose {@link #toString()} hides its value. HttpClient writes headers to the wire from their name
 * and value, but its {@code org.apache.hc.client5.http.headers} logger prints them with {@code toString()}: this is
 * what keeps the token and the proxy credentials out of that log.
 */
final class MaskedHeader extends BasicHeader {

    private static final long serialVersionUID = 1L;

    MaskedHeader(String name, String value) {
        super(name, value, true);
    }

    @Override
    public String toString() {
        return getName() + ": " + Redactor.MASK;
    }

    /** Masks the credential headers of a request about to be sent, whoever added them (the proxy's CONNECT too). */
    static void maskCredentials(HttpRequest request) {
        mask(request, HttpHeaders.AUTHORIZATION);
        mask(request, HttpHeaders.PROXY_AUTHORIZATION);
    }

    private static void mask(HttpRequest request, String name) {
        Header[] headers = request.getHeaders(name);
        boolean plain = false;
        for (Header header : headers) {
            plain |= !(header instanceof MaskedHeader);
        }
        if (plain) {
            request.removeHeaders(name);
            for (Header header : headers) {
                request.addHeader(new MaskedHeader(header.getName(), header.getValue()));
            }
        }
    }
}
