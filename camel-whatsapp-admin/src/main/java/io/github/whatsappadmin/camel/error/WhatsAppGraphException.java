package io.github.whatsappadmin.camel.error;

import java.time.Duration;
import java.util.Map;

import io.github.whatsappadmin.camel.model.GraphError;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Graph answered, and the answer was a failure: an error envelope, or a body that is not the expected success (an HTML
 * page from a proxy, {@code {"success": false}}). Subclasses say what kind of failure; this class itself stands for an
 * answer that fits no kind, such as a 2xx that is not a success. Build decisions on {@link #getCode()}, as Meta
 * advises, not on the HTTP status: the same code arrives with different statuses.
 */
public class WhatsAppGraphException extends WhatsAppAdminException implements HttpResponseAware {

    private static final long serialVersionUID = 1L;

    private final transient GraphError error;
    private int httpResponseCode;
    private String httpResponseStatus;

    public WhatsAppGraphException(String message, String operation, String phoneNumberId, GraphError error,
                                  boolean retryable, Duration retryAfter) {
        super(message, operation, phoneNumberId, retryable, retryAfter, null);
        this.error = error;
        this.httpResponseCode = error.httpStatus();
    }

    /** Everything read from the answer, as one value (also the out body when {@code throwExceptionOnFailure=false}). */
    public GraphError getError() {
        return error;
    }

    public Integer getCode() {
        return error.code();
    }

    public Integer getSubcode() {
        return error.subcode();
    }

    public String getType() {
        return error.type();
    }

    public String getGraphMessage() {
        return error.message();
    }

    public String getFbtraceId() {
        return error.fbtraceId();
    }

    /** Graph's {@code is_transient}, or {@code null} when it was not sent. */
    public Boolean getTransient() {
        return error.transientError();
    }

    public String getUserTitle() {
        return error.userTitle();
    }

    public String getUserMessage() {
        return error.userMessage();
    }

    /** {@code error_data.details}, or {@code error_data} itself when Graph sent it as a plain string. */
    public String getErrorDetails() {
        return error.errorDetails();
    }

    /** {@code error_data} when Graph sent an object, else empty. */
    public Map<String, Object> getErrorData() {
        return error.errorData();
    }

    /** The start of the response body (bounded, secrets removed). */
    public String getResponseBody() {
        return error.responseBody();
    }

    @Override
    public int getHttpResponseCode() {
        return httpResponseCode;
    }

    @Override
    public void setHttpResponseCode(int code) {
        this.httpResponseCode = code;
    }

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
