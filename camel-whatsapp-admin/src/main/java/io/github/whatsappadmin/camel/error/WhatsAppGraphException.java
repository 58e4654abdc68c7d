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
package io.github.whatsappadmin.camel.error;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.whatsappadmin.camel.model.GraphError;
import io.github.whatsappadmin.camel.model.GraphUsage;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Graph answered, and the answer was a failure: an error envelope, or a body that is not the expected success (an HTML
 * page from a proxy, {@code {"success": false}}). Subclasses say what kind of failure; this class itself stands for an
 * answer that fits no kind, such as a 2xx that is not a success. Build decisions on {@link #getCode()}, as Meta
 * advises, not on the HTTP status: the same code arrives with different statuses.
 * <p>
 * Every field is kept as a plain value, so that every getter works after Java serialization (JMS
 * {@code transferException}, aggregation repositories); {@link #getError()} is rebuilt from them.
 */
public class WhatsAppGraphException extends WhatsAppAdminException implements HttpResponseAware {

    private static final long serialVersionUID = 2L;

    private final int httpStatus;
    private final Integer code;
    private final Integer subcode;
    private final String type;
    private final String graphMessage;
    private final String fbtraceId;
    private final Boolean transientError;
    private final String userTitle;
    private final String userMessage;
    private final LinkedHashMap<String, String> errorData;
    private final String errorDetails;
    private final String responseBody;
    private final GraphUsage usage;
    private int httpResponseCode;
    private String httpResponseStatus;
    private transient GraphError error;

    public WhatsAppGraphException(String message, String operation, String phoneNumberId, GraphError error,
                                  boolean retryable, Duration retryAfter) {
        super(message, operation, phoneNumberId, retryable, retryAfter, null);
        this.httpStatus = error.httpStatus();
        this.code = error.code();
        this.subcode = error.subcode();
        this.type = error.type();
        this.graphMessage = error.message();
        this.fbtraceId = error.fbtraceId();
        this.transientError = error.transientError();
        this.userTitle = error.userTitle();
        this.userMessage = error.userMessage();
        this.errorData = new LinkedHashMap<>();
        error.errorData().forEach((key, value) -> errorData.put(key, String.valueOf(value)));
        this.errorDetails = error.errorDetails();
        this.responseBody = error.responseBody();
        this.usage = error.usage();
        this.httpResponseCode = error.httpStatus();
        this.error = error;
    }

    /** Everything read from the answer, as one value (also the out body when {@code throwExceptionOnFailure=false}). */
    public GraphError getError() {
        GraphError result = error;
        if (result == null) {
            result = new GraphError(httpStatus, code, subcode, type, graphMessage, fbtraceId, transientError,
                    userTitle, userMessage, new LinkedHashMap<String, Object>(errorData), errorDetails, responseBody, usage);
            error = result;
        }
        return result;
    }

    public Integer getCode() {
        return code;
    }

    public Integer getSubcode() {
        return subcode;
    }

    public String getType() {
        return type;
    }

    public String getGraphMessage() {
        return graphMessage;
    }

    public String getFbtraceId() {
        return fbtraceId;
    }

    /** Graph's {@code is_transient}, or {@code null} when it was not sent. */
    public Boolean getTransient() {
        return transientError;
    }

    public String getUserTitle() {
        return userTitle;
    }

    public String getUserMessage() {
        return userMessage;
    }

    /** {@code error_data.details}, or {@code error_data} itself when Graph sent it as a plain string. */
    public String getErrorDetails() {
        return errorDetails;
    }

    /** {@code error_data} when Graph sent an object, else empty. */
    public Map<String, Object> getErrorData() {
        return Collections.<String, Object> unmodifiableMap(errorData);
    }

    /** The start of the response body (bounded, secrets removed). */
    public String getResponseBody() {
        return responseBody;
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

    /** The reason phrase of the answer, or the standard one for its status when the server sent none. */
    @Override
    public String getHttpResponseStatus() {
        return httpResponseStatus;
    }

    @Override
    public void setHttpResponseStatus(String status) {
        this.httpResponseStatus = status;
    }

    @Override
    public String getCategory() {
        return "graph";
    }
}
