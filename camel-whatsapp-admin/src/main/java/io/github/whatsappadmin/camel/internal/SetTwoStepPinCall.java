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

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import org.apache.camel.Message;

/**
 * {@code setTwoStepPin}: {@code POST /{v}/{phoneNumberId} {"pin"}}, the PIN at the top level (Meta's examples also
 * nest it under {@code whatsapp_business_api_data}). Harmless to repeat: setting the same PIN again changes nothing.
 */
public final class SetTwoStepPinCall extends SuccessCall {

    @Override
    public boolean harmlessToRepeat() {
        return true;
    }

    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        TwoStepPinRequest request = OperationInputs.body(in, TwoStepPinRequest.class, call.operationName(),
                call.phoneNumberId());
        OperationInputs.pin(request.pin(), "the TwoStepPinRequest body", call.operationName(), call.phoneNumberId());
        return request;
    }

    @Override
    public List<String> secrets(Object input) {
        return List.of(((TwoStepPinRequest) input).pin());
    }

    @Override
    public CallRequest request(CallContext call) {
        return CallRequest.post(call.subjectId(),
                ModelJson.bytes(ModelJson.object().put("pin", call.input(TwoStepPinRequest.class).pin())));
    }
}
