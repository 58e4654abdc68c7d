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
package io.github.whatsappadmin.camel.error;

/**
 * No (complete) answer came from the Graph API: the host is unknown, the connection was refused or broke, TLS failed,
 * or the call ran past {@code connectTimeout} / {@code requestTimeout}. {@link #isRequestSent()} says whether Graph may
 * have received the request. Retryable when it surely did not (except for a certificate or host-name failure, which a
 * retry cannot fix), and, when it may have, only for an operation whose repetition is harmless.
 */
public class WhatsAppConnectionException extends WhatsAppAdminException {

    private static final long serialVersionUID = 2L;

    private final boolean requestSent;

    public WhatsAppConnectionException(String message, String operation, String phoneNumberId, boolean retryable,
                                       boolean requestSent, Throwable cause) {
        super(message, operation, phoneNumberId, retryable, null, cause);
        this.requestSent = requestSent;
    }

    /** Whether the request may have reached Graph: {@code false} only when it surely did not. */
    public boolean isRequestSent() {
        return requestSent;
    }

    @Override
    public String getCategory() {
        return "connection";
    }
}
