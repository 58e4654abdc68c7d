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

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import org.apache.camel.Message;

/** {@code getPhoneNumber}: {@code GET /{v}/{phoneNumberId}?fields=...}, read into a {@link PhoneNumber}. A read. */
public final class GetPhoneNumberCall implements OperationCall {

    static final String EXPECTED = "a phone number object with an \"id\"";

    @Override
    public Subject subject() {
        return Subject.PHONE_NUMBER;
    }

    @Override
    public boolean harmlessToRepeat() {
        return true;
    }

    /** The fields to ask for, as sent. */
    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        return fields(config, call.operationName());
    }

    static String fields(WhatsAppAdminConfiguration config, String operation) {
        return config.getFields() == null ? PhoneNumberFields.DEFAULTS
                : String.join(",", OperationInputs.fields(config.getFields(), operation));
    }

    @Override
    public CallRequest request(CallContext call) {
        return CallRequest.get(call.subjectId(), Map.of("fields", call.input(String.class)));
    }

    @Override
    public Step read(JsonNode answer, CallContext call) {
        PhoneNumber number = phoneNumber(answer);
        return number != null ? new Step.Done(number) : new Step.Unexpected(EXPECTED);
    }

    /** The number in {@code node}, or {@code null} when it is not an object with an ID. */
    static PhoneNumber phoneNumber(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("id").isValueNode() || node.path("id").isNull()) {
            return null;
        }
        return ModelJson.bind(node, PhoneNumber.class);
    }
}
