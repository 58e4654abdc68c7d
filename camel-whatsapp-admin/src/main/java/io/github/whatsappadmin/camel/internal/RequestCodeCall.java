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

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.model.CodeMethod;
import io.github.whatsappadmin.camel.model.RequestCodeRequest;
import org.apache.camel.Message;

/**
 * {@code requestCode}: {@code POST /{v}/{phoneNumberId}/request_code {"code_method", "language"}}. Not harmless to
 * repeat: each one sends another SMS or call (and Graph limits how many).
 */
public final class RequestCodeCall extends SuccessCall {

    private static final String SOURCE = "the RequestCodeRequest body";

    @Override
    public boolean harmlessToRepeat() {
        return false;
    }

    /** The body's values where it has them (the body is optional), the options' otherwise. */
    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        String operation = call.operationName();
        String id = call.phoneNumberId();
        RequestCodeRequest body = in.getBody() instanceof RequestCodeRequest r ? r : null;
        CodeMethod method = body != null && body.codeMethod() != null ? body.codeMethod() : config.getCodeMethod();
        String language = body != null && body.language() != null
                ? OperationInputs.language(body.language(), SOURCE, operation, id)
                : OperationInputs.language(config.getLanguage(), "option language", operation, id);
        return new RequestCodeRequest(method, language);
    }

    @Override
    public CallRequest request(CallContext call) {
        RequestCodeRequest request = call.input(RequestCodeRequest.class);
        return CallRequest.post(call.subjectId() + "/request_code", ModelJson.bytes(ModelJson.object()
                .put("code_method", request.codeMethod().name()).put("language", request.language())));
    }
}
