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

import java.time.Duration;

import io.github.whatsappadmin.camel.model.GraphError;

/**
 * The token is missing, expired, revoked or invalid (codes 0, 102, 104, 190; HTTP 401). Not retryable: get a new token.
 */
public class WhatsAppAuthenticationException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppAuthenticationException(String message, String operation, String phoneNumberId, GraphError error,
                                           boolean retryable,
                                           Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    @Override
    public String getCategory() {
        return "authentication";
    }
}
