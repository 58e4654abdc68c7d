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

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How offboarding a number ended, in the words of the report. A {@code --plan} run, which only reads, ends a number
 * that a real run would deregister as {@link #WOULD_DEREGISTER} and one it could not read as {@link #CANNOT_CHECK};
 * a real run never uses these two.
 */
public enum Outcome {
    /** Graph answered {@code {"success": true}}. */
    DEREGISTERED("deregistered", false),
    /** {@code --plan}: the pre-check shows a number on the Cloud API, which a real run would deregister. */
    WOULD_DEREGISTER("would-deregister", true),
    /**
     * Not registered on the Cloud API: the pre-check read it so (no deregister sent), or Graph answered the deregister
     * with 133010. Nothing left to do.
     */
    ALREADY_DEREGISTERED("already-deregistered", false),
    /**
     * The pre-check shows a number the Cloud API cannot deregister (On-Premises, a WhatsApp Business app number, not
     * linked, ...): no deregister sent; the reason says what to do instead.
     */
    SKIPPED("skipped", false),
    /** Graph refused (the pre-check or the deregister), and sending again cannot help (permission, token, ...). */
    FAILED("failed", false),
    /** {@code --plan}: the pre-check failed (not found, token, permission, rate limit, ...). */
    CANNOT_CHECK("cannot-check", true),
    /**
     * Sending again later can help: retries ran out, or Graph asked for a longer wait than {@code --max-wait}, or the
     * number's register/deregister budget is used up (133016, 72 hours). The next run sends it again once
     * {@code retry_after} has passed.
     */
    RETRY_LATER("retry-later", false),
    /** Not sent yet: the run stopped before it ({@code --limit}). The next run sends it. */
    PENDING("pending", false);

    private final String text;
    private final boolean planOnly;

    Outcome(String text, boolean planOnly) {
        this.text = text;
        this.planOnly = planOnly;
    }

    /** The outcomes a run reports, in this order: a real run never ends a number with a plan's outcome. */
    static List<Outcome> of(boolean plan) {
        return Arrays.stream(values()).filter(o -> plan || !o.planOnly).toList();
    }

    /** Whether only a {@code --plan} run ends a number so: a plan's finding, never a finished number. */
    boolean planOnly() {
        return planOnly;
    }

    /** Whether the number is off the platform. */
    public boolean offboarded() {
        return this == DEREGISTERED || this == ALREADY_DEREGISTERED;
    }

    /** Whether the number needs a person: it is not (and would not be) deregistered, and it was looked at. */
    public boolean problem() {
        return this == SKIPPED || this == FAILED || this == RETRY_LATER || this == CANNOT_CHECK;
    }

    @JsonValue
    @Override
    public String toString() {
        return text;
    }
}
