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
import java.util.Optional;

/**
 * Root of every failure the whatsapp-admin component reports. Unchecked, so that {@code onException(...)} in routes and
 * {@code catch} in Java read naturally. A route decides on a retry with {@link #isRetryable()} and
 * {@link #getRetryAfter()}; the component itself never retries.
 */
public class WhatsAppAdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String phoneNumberId;
    private final boolean retryable;
    private final Duration retryAfter;

    public WhatsAppAdminException(String message, String operation, String phoneNumberId, boolean retryable,
                                  Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.operation = operation;
        this.phoneNumberId = phoneNumberId;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** The operation that failed, such as {@code deregister}. */
    public String getOperation() {
        return operation;
    }

    /** The phone number ID the call was for, or {@code null} when it was missing or invalid. */
    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    /** Whether sending the same request again, later, can succeed. */
    public boolean isRetryable() {
        return retryable;
    }

    /**
     * How long to wait before a retry, when Graph said so (usage headers, {@code Retry-After}) or the code implies it.
     */
    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * A short, stable name of what went wrong ({@code authentication}, {@code rate-limit}, {@code connection}, ...),
     * for reports and metrics.
     */
    public String getCategory() {
        return "error";
    }
}
