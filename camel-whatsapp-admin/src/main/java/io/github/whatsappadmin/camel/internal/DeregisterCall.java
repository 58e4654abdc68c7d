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
