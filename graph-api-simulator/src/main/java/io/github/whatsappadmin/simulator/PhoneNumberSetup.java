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

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fluent setup of one simulated phone number beyond its {@link PhoneNumberState}:
 * {@code sim.phoneNumberSetup("1001").codeVerificationStatus(NOT_VERIFIED).twoStepPin("123456")}. Each call changes
 * the number at once, also between requests. Text values are sent by reads as given (any value, so that clients can
 * be tested with values Meta has not documented yet).
 */
public final class PhoneNumberSetup {

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private final GraphApiSimulator simulator;
    private final GraphState state;
    private final String phoneNumberId;

    PhoneNumberSetup(GraphApiSimulator simulator, GraphState state, String phoneNumberId) {
        this.simulator = simulator;
        this.state = state;
        this.phoneNumberId = phoneNumberId;
        state.existingPhoneNumber(phoneNumberId);
    }

    /** Same as {@link GraphApiSimulator#phoneNumber(String, PhoneNumberState)}: also resets the platform type. */
    public PhoneNumberSetup state(PhoneNumberState newState) {
        simulator.phoneNumber(phoneNumberId, newState);
        return this;
    }

    /** Whether ownership was verified; register needs {@link CodeVerificationStatus#VERIFIED} (the default). */
    public PhoneNumberSetup codeVerificationStatus(CodeVerificationStatus status) {
        Objects.requireNonNull(status, "status");
        synchronized (state) {
            number().codeVerificationStatus = status;
        }
        return this;
    }

    /**
     * Where the number is registered. Set after {@link #state}, which puts a registered number on the Cloud API and
     * any other on none.
     */
    public PhoneNumberSetup platformType(PlatformType platformType) {
        Objects.requireNonNull(platformType, "platformType");
        synchronized (state) {
            number().platformType = platformType;
        }
        return this;
    }

    /** The two-step verification PIN (6 digits) register must then be given; null: none (the default). */
    public PhoneNumberSetup twoStepPin(String pin) {
        if (pin != null && !SIX_DIGITS.matcher(pin).matches()) {
            throw new IllegalArgumentException("a two-step verification PIN is 6 digits");
        }
        synchronized (state) {
            number().twoStepPin = pin;
        }
        return this;
    }

    /** Default {@code +1 555-} and the ID's last seven digits. */
    public PhoneNumberSetup displayPhoneNumber(String displayPhoneNumber) {
        String value = text(displayPhoneNumber, "displayPhoneNumber");
        synchronized (state) {
            number().displayPhoneNumber = value;
        }
        return this;
    }

    /** Default {@code Simulated Business}. */
    public PhoneNumberSetup verifiedName(String verifiedName) {
        String value = text(verifiedName, "verifiedName");
        synchronized (state) {
            number().verifiedName = value;
        }
        return this;
    }

    /** Meta's values: GREEN (default), YELLOW, RED, NA. */
    public PhoneNumberSetup qualityRating(String qualityRating) {
        String value = text(qualityRating, "qualityRating");
        synchronized (state) {
            number().qualityRating = value;
        }
        return this;
    }

    /** Meta's values: APPROVED (default), AVAILABLE_WITHOUT_REVIEW, DECLINED, EXPIRED, PENDING_REVIEW, NONE. */
    public PhoneNumberSetup nameStatus(String nameStatus) {
        String value = text(nameStatus, "nameStatus");
        synchronized (state) {
            number().nameStatus = value;
        }
        return this;
    }

    /** {@code throughput.level}: STANDARD (default), HIGH, NOT_APPLICABLE. */
    public PhoneNumberSetup throughputLevel(String level) {
        String value = text(level, "level");
        synchronized (state) {
            number().throughputLevel = value;
        }
        return this;
    }

    /** Meta's values: TIER_50, TIER_250, TIER_1K (default), TIER_10K, TIER_100K, TIER_UNLIMITED. */
    public PhoneNumberSetup messagingLimitTier(String tier) {
        String value = text(tier, "tier");
        synchronized (state) {
            number().messagingLimitTier = value;
        }
        return this;
    }

    /** Meta's values: LIVE (default), SANDBOX. */
    public PhoneNumberSetup accountMode(String accountMode) {
        String value = text(accountMode, "accountMode");
        synchronized (state) {
            number().accountMode = value;
        }
        return this;
    }

    public String phoneNumberId() {
        return phoneNumberId;
    }

    /** Back to the simulator. */
    public GraphApiSimulator simulator() {
        return simulator;
    }

    private SimulatedPhoneNumber number() {
        return state.existingPhoneNumber(phoneNumberId);
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
