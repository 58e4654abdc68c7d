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
