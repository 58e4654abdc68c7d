package io.github.whatsappadmin.camel.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import io.github.whatsappadmin.camel.model.SuccessResponse;

/**
 * An operation on a phone number that POSTs a body and succeeds with {@code {"success": true}} (other fields
 * allowed), read into a {@link SuccessResponse}.
 */
abstract class SuccessCall implements OperationCall {

    static final String SUCCESS = "{\"success\": true}";

    @Override
    public Subject subject() {
        return Subject.PHONE_NUMBER;
    }

    @Override
    public Step read(JsonNode answer, CallContext call) {
        if (!answer.isObject() || !BooleanNode.TRUE.equals(answer.get("success"))) {
            return new Step.Unexpected(SUCCESS);
        }
        Object body = success(answer);
        return body != null ? new Step.Done(body) : new Step.Unexpected(SUCCESS);
    }

    /** The out body of a success, or {@code null} when the answer does not bind. */
    Object success(JsonNode answer) {
        return ModelJson.bind(answer, SuccessResponse.class);
    }
}
