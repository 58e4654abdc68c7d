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
 * The request was rejected before anything was sent: an option or header is missing or malformed. The message names
 * the field and how to fix it. Never retryable: the same input fails the same way.
 */
public class WhatsAppInvalidInputException extends WhatsAppAdminException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public WhatsAppInvalidInputException(String field, String message, String operation, String phoneNumberId) {
        this(field, message, operation, phoneNumberId, null);
    }

    public WhatsAppInvalidInputException(String field, String message, String operation, String phoneNumberId,
                                         Throwable cause) {
        super(message, operation, phoneNumberId, false, null, cause);
        this.field = field;
    }

    /** The option or header at fault, such as {@code phoneNumberId} or {@code apiVersion}. */
    public String getField() {
        return field;
    }

    @Override
    public String getCategory() {
        return "invalid-input";
    }
}
