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

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import org.apache.camel.Message;

/**
 * How one operation talks to Graph: what it needs as input, what it sends, how it reads a success, and whether
 * repeating it is harmless. One shared, stateless instance per operation; what belongs to one exchange is in its
 * {@link CallContext}. The producer does the rest (IDs, token, sending, errors, headers, audit) the same way for all.
 */
public interface OperationCall {

    /** What the operation acts on: the ID in its path. */
    enum Subject {
        /** A phone number: option {@code phoneNumberId}, header {@code CamelWhatsAppAdminPhoneNumberId}. */
        PHONE_NUMBER,
        /**
         * A WhatsApp Business Account: option {@code businessAccountId}, header
         * {@code CamelWhatsAppAdminBusinessAccountId}.
         */
        BUSINESS_ACCOUNT
    }

    Subject subject();

    /**
     * Whether sending the request twice does no more than sending it once, so that a connection failure after the
     * request may have reached Graph can be retried.
     */
    boolean harmlessToRepeat();

    /**
     * Whether the call spends the number's register/deregister allowance (10 in 72 hours), so that the registration
     * budget guard records it before it is sent.
     */
    default boolean spendsRegistrationBudget() {
        return false;
    }

    /**
     * The operation's input for this exchange, checked: from the in body and the options. Throws
     * {@code WhatsAppInvalidInputException} naming the field; a secret's value is never in the message.
     *
     * @return the input, given back in {@link CallContext#input(Class)}; {@code null} when there is none
     */
    Object input(Message in, WhatsAppAdminConfiguration config, CallContext call);

    /** The secrets in the input (PIN, code, backup password), to be masked in whatever Graph answers. */
    default List<String> secrets(Object input) {
        return List.of();
    }

    /** The first (for most operations, the only) request of the call. */
    CallRequest request(CallContext call);

    /** Reads a 2xx JSON answer: the out body, the next request (another page), or not what was expected. */
    Step read(JsonNode answer, CallContext call);
}
