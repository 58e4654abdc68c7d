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

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.Message;

/** {@code deregister}: {@code POST /{v}/{phoneNumberId}/deregister {}}. Harmless to repeat: a second one is refused. */
public final class DeregisterCall extends SuccessCall {

    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);

    @Override
    public boolean harmlessToRepeat() {
        return true;
    }

    @Override
    public boolean spendsRegistrationBudget() {
        return true;
    }

    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        return null;
    }

    @Override
    public CallRequest request(CallContext call) {
        return CallRequest.post(call.subjectId() + "/deregister", EMPTY_OBJECT);
    }

    @Override
    Object success(JsonNode answer) {
        return new DeregisterResponse(true);
    }
}
