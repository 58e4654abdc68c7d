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
