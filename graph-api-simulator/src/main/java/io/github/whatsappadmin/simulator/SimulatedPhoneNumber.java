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

/** A phone number as the simulated Graph API holds it. Guarded by the {@link GraphState} lock. */
final class SimulatedPhoneNumber {

    final String id;
    String account;
    PhoneNumberState state;
    PlatformType platformType;
    CodeVerificationStatus codeVerificationStatus = CodeVerificationStatus.VERIFIED;
    /** The two-step verification PIN, or null when none is set. */
    String twoStepPin;
    /** The code {@code verify_code} accepts, or null. */
    VerificationCode pendingCode;
    /** The last code issued, kept after use so that tests can read it. */
    VerificationCode lastCode;
    String displayPhoneNumber;
    String verifiedName = "Simulated Business";
    String qualityRating = "GREEN";
    String nameStatus = "APPROVED";
    String throughputLevel = "STANDARD";
    String messagingLimitTier = "TIER_1K";
    String accountMode = "LIVE";
    final RegistrationBudget budget = new RegistrationBudget();
    int transientErrorsLeft;
    int incompleteDeregistrationsLeft;

    SimulatedPhoneNumber(String id, String account, PhoneNumberState state) {
        this.id = id;
        this.account = account;
        this.displayPhoneNumber = displayNumberFor(id);
        moveTo(state);
    }

    /** Puts the number in {@code state}, on the platform that state implies (registered here: the Cloud API). */
    void moveTo(PhoneNumberState newState) {
        state = newState;
        platformType = newState == PhoneNumberState.REGISTERED ? PlatformType.CLOUD_API : PlatformType.NOT_APPLICABLE;
    }

    /** Graph's {@code status}, from the lifecycle state: the values of Meta's number-status entity. */
    String status() {
        return switch (state) {
            case REGISTERED, SMB_APP -> "CONNECTED";
            case DEREGISTERED -> codeVerificationStatus == CodeVerificationStatus.VERIFIED ? "DISCONNECTED" : "PENDING";
            case NOT_LINKED -> "UNLINKED";
        };
    }

    /** A US number in the 555 range, from the ID's last seven digits: {@code 1001} becomes {@code +1 555-000-1001}. */
    private static String displayNumberFor(String id) {
        String digits = id.length() >= 7 ? id.substring(id.length() - 7) : "0".repeat(7 - id.length()) + id;
        return "+1 555-" + digits.substring(0, 3) + "-" + digits.substring(3);
    }
}
