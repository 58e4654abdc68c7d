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

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import org.apache.camel.Message;

/**
 * {@code register}: {@code POST /{v}/{phoneNumberId}/register} with the PIN, an optional data localization region and
 * an optional On-Premises backup. Not harmless to repeat: each attempt spends one of the number's register/deregister
 * allowance.
 */
public final class RegisterCall extends SuccessCall {

    private static final String SOURCE = "the RegisterRequest body";

    @Override
    public boolean harmlessToRepeat() {
        return false;
    }

    @Override
    public boolean spendsRegistrationBudget() {
        return true;
    }

    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        String operation = call.operationName();
        String id = call.phoneNumberId();
        RegisterRequest request = OperationInputs.body(in, RegisterRequest.class, operation, id);
        OperationInputs.pin(request.pin(), SOURCE, operation, id);
        if (request.dataLocalizationRegion() != null) {
            OperationInputs.region(request.dataLocalizationRegion(), SOURCE, operation, id);
        }
        RegisterRequest.Backup backup = request.backup();
        if (backup != null && (isBlank(backup.password()) || isBlank(backup.data()))) {
            throw new WhatsAppInvalidInputException("backup",
                    "Incomplete backup in " + SOURCE + " for " + operation
                                                              + ": a migration from On-Premises needs both the backup's password and its data"
                                                              + " (or no backup at all); the values given are not shown.",
                    operation, id);
        }
        return request;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public List<String> secrets(Object input) {
        RegisterRequest request = (RegisterRequest) input;
        List<String> secrets = new ArrayList<>(List.of(request.pin()));
        if (request.backup() != null) {
            // the data is encrypted with the password, and may be large: masking the password is what matters
            secrets.add(request.backup().password());
        }
        return secrets;
    }

    @Override
    public CallRequest request(CallContext call) {
        RegisterRequest request = call.input(RegisterRequest.class);
        ObjectNode body = ModelJson.object().put("messaging_product", "whatsapp").put("pin", request.pin());
        if (request.dataLocalizationRegion() != null) {
            body.put("data_localization_region", request.dataLocalizationRegion());
        }
        if (request.backup() != null) {
            body.putObject("backup").put("password", request.backup().password()).put("data",
                    request.backup().data());
        }
        return CallRequest.post(call.subjectId() + "/register", ModelJson.bytes(body));
    }
}
