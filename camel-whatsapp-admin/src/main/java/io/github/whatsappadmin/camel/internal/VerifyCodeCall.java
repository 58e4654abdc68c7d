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
