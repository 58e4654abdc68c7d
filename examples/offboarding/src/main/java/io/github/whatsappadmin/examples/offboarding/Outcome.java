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
package io.github.whatsappadmin.examples.offboarding;

import com.fasterxml.jackson.annotation.JsonValue;

/** How offboarding a number ended, in the words of the report. */
public enum Outcome {
    /** Graph answered {@code {"success": true}}. */
    DEREGISTERED("deregistered"),
    /** Graph said the number is not registered (133010): nothing left to do. */
    ALREADY_DEREGISTERED("already-deregistered"),
    /** Graph refused, and sending again cannot help (permission, token, unknown ID, SMB number, ...). */
    FAILED("failed"),
    /**
     * Sending again later can help: retries ran out, or Graph asked for a longer wait than {@code --max-wait}, or the
     * number's register/deregister budget is used up (133016, 72 hours). The next run sends it again once
     * {@code retry_after} has passed.
     */
    RETRY_LATER("retry-later"),
    /** Not sent yet: the run stopped before it ({@code --limit}). The next run sends it. */
    PENDING("pending");

    private final String text;

    Outcome(String text) {
        this.text = text;
    }

    /** Whether the number is off the platform. */
    public boolean offboarded() {
        return this == DEREGISTERED || this == ALREADY_DEREGISTERED;
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
