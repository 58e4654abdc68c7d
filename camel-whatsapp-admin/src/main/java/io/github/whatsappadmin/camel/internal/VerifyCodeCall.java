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
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import org.apache.camel.Message;

/**
 * {@code verifyCode}: {@code POST /{v}/{phoneNumberId}/verify_code {"code"}}. Not harmless to repeat: Graph counts
 * wrong attempts, and a code may be good only once.
 */
public final class VerifyCodeCall extends SuccessCall {

    @Override
    public boolean harmlessToRepeat() {
        return false;
    }

    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        VerifyCodeRequest request = OperationInputs.body(in, VerifyCodeRequest.class, call.operationName(),
                call.phoneNumberId());
        OperationInputs.code(request.code(), "the VerifyCodeRequest body", call.operationName(), call.phoneNumberId());
        return request;
    }

    @Override
    public List<String> secrets(Object input) {
        return List.of(((VerifyCodeRequest) input).code());
    }

    @Override
    public CallRequest request(CallContext call) {
        return CallRequest.post(call.subjectId() + "/verify_code",
                ModelJson.bytes(ModelJson.object().put("code", call.input(VerifyCodeRequest.class).code())));
    }
}
