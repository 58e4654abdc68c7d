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

import java.util.Map;

/**
 * A failed Graph answer as the component read it: the {@code error} envelope's fields when the body had one, and the
 * HTTP facts in any case. It is the body of the out message when {@code throwExceptionOnFailure=false}, and what every
 * {@code WhatsAppGraphException} carries.
 *
 * @param httpStatus     the HTTP status code
 * @param code           Graph's {@code code}, or {@code null} when the body held no error envelope
 * @param subcode        {@code error_subcode}, or {@code null}
 * @param type           {@code type}, such as {@code OAuthException}, or {@code null}
 * @param message        Graph's {@code message}, or {@code null}
 * @param fbtraceId      {@code fbtrace_id} from the body, else the {@code x-fb-trace-id} header, or {@code null}
 * @param transientError {@code is_transient}, or {@code null} when absent
 * @param userTitle      {@code error_user_title}, or {@code null}
 * @param userMessage    {@code error_user_msg}, or {@code null}
 * @param errorData      {@code error_data} when it was an object, else empty
 * @param errorDetails   {@code error_data.details}, or {@code error_data} itself when it was a plain string, or
 *                       {@code null}
 * @param responseBody   the start of the response body (at most 64 KiB read, 4 KiB kept), secrets removed
 * @param usage          the usage headers, or {@code null} when Graph sent none
 */
public record GraphError(int httpStatus, Integer code, Integer subcode, String type, String message, String fbtraceId,
                         Boolean transientError, String userTitle, String userMessage, Map<String, Object> errorData,
                         String errorDetails, String responseBody, GraphUsage usage) {

    public GraphError {
        errorData = errorData == null ? Map.of() : Map.copyOf(errorData);
    }

    @Override
    public String toString() {
        return "GraphError[httpStatus=" + httpStatus + ", code=" + code + ", subcode=" + subcode + ", type=" + type
               + ", message=" + message + ", fbtraceId=" + fbtraceId + "]";
    }
}
