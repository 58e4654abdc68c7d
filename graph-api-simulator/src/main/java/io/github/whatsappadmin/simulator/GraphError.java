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
package io.github.whatsappadmin.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Graph error answer: the HTTP status and the fields of the {@code {"error": {...}}} envelope. Optional fields are
 * null when Graph leaves them out; {@code errorData} is a map or, for some codes, a plain string.
 */
record GraphError(int httpStatus, String message, String type, int code, Integer subcode, Object errorData,
                  boolean isTransient, String userTitle, String userMessage) {

    static final String OAUTH = "OAuthException";

    /** Authentication failures carry a WWW-Authenticate challenge. */
    boolean isAuthentication() {
        return code == 104 || code == 190;
    }

    GraphError withStatus(int status) {
        return new GraphError(status, message, type, code, subcode, errorData, isTransient, userTitle, userMessage);
    }

    /** The envelope, with field order and presence as Graph sends them. */
    String toJson(String fbTraceId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", type);
        error.put("code", code);
        error.put("error_subcode", subcode);
        error.put("error_data", errorData);
        error.put("is_transient", isTransient);
        error.put("error_user_title", userTitle);
        error.put("error_user_msg", userMessage);
        error.put("fbtrace_id", fbTraceId);
        return Json.write(Map.of("error", error));
    }
}
