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

import io.github.whatsappadmin.camel.model.GraphError;
import io.github.whatsappadmin.camel.model.GraphUsage;

/**
 * A rate limit was hit (codes 4, 17, 32, 613, 80007, 130429, HTTP 429): retryable, after {@link #getRetryAfter()} when
 * Graph said how long ({@code estimated_time_to_regain_access} or {@code Retry-After}). Code 133016, the register /
 * deregister budget of a number, is the exception: the number is blocked for 72 hours and a retry cannot succeed
 * within that time, so it is not retryable and {@link #getRetryAfter()} says 72 hours.
 */
public class WhatsAppRateLimitException extends WhatsAppGraphException {

    private static final long serialVersionUID = 1L;

    public WhatsAppRateLimitException(String message, String operation, String phoneNumberId, GraphError error,
                                      boolean retryable, Duration retryAfter) {
        super(message, operation, phoneNumberId, error, retryable, retryAfter);
    }

    /** The usage headers of the answer, or {@code null} when Graph sent none. */
    public GraphUsage getUsage() {
        return getError().usage();
    }

    @Override
    public String getCategory() {
        return "rate-limit";
    }
}
