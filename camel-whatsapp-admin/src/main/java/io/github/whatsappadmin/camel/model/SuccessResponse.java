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
package io.github.whatsappadmin.camel.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The body of a successful {@code register}, {@code requestCode}, {@code verifyCode} or {@code setTwoStepPin}: Graph
 * answered {@code {"success": true}}.
 *
 * @param success     always {@code true}: any other answer is a failure
 * @param otherFields the other fields of the answer, as Graph sent them (such as {@code verify_code}'s {@code id})
 */
public record SuccessResponse(boolean success, Map<String, Object> otherFields) {

    public SuccessResponse {
        otherFields = Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static SuccessResponse of(Map<String, Object> fields) {
        Map<String, Object> others = new LinkedHashMap<>(fields);
        Object success = others.remove("success");
        return new SuccessResponse(Boolean.TRUE.equals(success), others);
    }
}
