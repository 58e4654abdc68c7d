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

import java.util.List;

/**
 * A ready-made world: numbers in which deregistering each with {@link #TOKEN} shows one outcome ({@link #NUMBERS}),
 * numbers at each step of onboarding ({@link #ONBOARDING_NUMBERS}), and a business account with many numbers to page
 * through ({@link #ACCOUNT_BULK}). Used by {@code java -jar ... --seed demo}, the examples and tests. Apply it to a
 * fresh (or reset) simulator.
 */
public final class DemoSeed {

    /** Valid for {@link #ACCOUNT_EU}, {@link #ACCOUNT_US}, {@link #ACCOUNT_BULK}; not for {@link #ACCOUNT_PARTNER}. */
    public static final String TOKEN = "demo-token";
    /** An expired token: 401, code 190, subcode 463. */
    public static final String EXPIRED_TOKEN = "demo-expired-token";

    public static final String ACCOUNT_EU = "102290129340398";
    public static final String ACCOUNT_US = "102290129340399";
    /** A business the demo token has no access to. */
    public static final String ACCOUNT_PARTNER = "109876543210987";
    /** A business with {@link #BULK_NUMBERS} registered numbers (by default), IDs from {@link #BULK_FIRST_ID} on. */
    public static final String ACCOUNT_BULK = "102290129340401";
    public static final int BULK_NUMBERS = 250;
    public static final String BULK_FIRST_ID = "106540352250000";

    public static final DemoNumber SUPPORT_BERLIN =
            new DemoNumber("106540352242922", "Support line Berlin", ACCOUNT_EU, DemoOutcome.DEREGISTERED);
    public static final DemoNumber SALES_NEW_YORK =
            new DemoNumber("106540352242923", "Sales line New York", ACCOUNT_US, DemoOutcome.DEREGISTERED);
    public static final DemoNumber OLD_CAMPAIGN =
            new DemoNumber("106540352242924", "Old campaign line", ACCOUNT_EU, DemoOutcome.NOT_REGISTERED);
    public static final DemoNumber SHOP_APP =
            new DemoNumber("106540352242925", "Shop owner's app number", ACCOUNT_EU, DemoOutcome.SMB_APP);
    public static final DemoNumber FLAPPING_TEST =
            new DemoNumber("106540352242926", "Flapping test line", ACCOUNT_US, DemoOutcome.BUDGET_EXHAUSTED);
    public static final DemoNumber UNSTABLE =
            new DemoNumber("106540352242927", "Unstable line", ACCOUNT_US, DemoOutcome.TRANSIENT_THEN_DEREGISTERED);
    public static final DemoNumber HALF_MIGRATED =
            new DemoNumber("106540352242928", "Half-migrated line", ACCOUNT_EU, DemoOutcome.INCOMPLETE_THEN_DEREGISTERED);
    public static final DemoNumber UNLINKED =
            new DemoNumber("106540352242929", "Unlinked line", ACCOUNT_EU, DemoOutcome.NOT_LINKED);
    public static final DemoNumber PARTNER =
            new DemoNumber("106540352242930", "Partner's line (other business)", ACCOUNT_PARTNER,
                    DemoOutcome.PERMISSION_DENIED);
    public static final DemoNumber MISTYPED =
            new DemoNumber("106540352249999", "Mistyped ID", null, DemoOutcome.NOT_FOUND);

    /** Every offboarding demo number, in the order of the docs' table. */
    public static final List<DemoNumber> NUMBERS = List.of(SUPPORT_BERLIN, SALES_NEW_YORK, OLD_CAMPAIGN, SHOP_APP,
            FLAPPING_TEST, UNSTABLE, HALF_MIGRATED, UNLINKED, PARTNER, MISTYPED);

    /** The two-step verification PIN already set on {@link #VERIFIED_LINE}: register it with this one. */
    public static final String VERIFIED_LINE_PIN = "246810";

    /** Added, not verified: request a code, verify it, register. */
    public static final DemoNumber NEW_LINE =
            new DemoNumber("106540352242940", "New line, not verified yet", ACCOUNT_EU, DemoOutcome.NOT_REGISTERED);
    /** Verified, with a two-step PIN ({@link #VERIFIED_LINE_PIN}), not registered: register with that PIN. */
    public static final DemoNumber VERIFIED_LINE =
            new DemoNumber("106540352242941", "Verified line with a PIN", ACCOUNT_EU, DemoOutcome.NOT_REGISTERED);
    /** Its verification has expired: verify again before registering. */
    public static final DemoNumber EXPIRED_LINE =
            new DemoNumber("106540352242942", "Line whose verification expired", ACCOUNT_EU,
                    DemoOutcome.NOT_REGISTERED);
    /** Registered on the On-Premises API, not verified here: verify, then register (with a backup) to migrate it. */
    public static final DemoNumber ON_PREMISES_LINE =
            new DemoNumber("106540352242943", "On-Premises line to migrate", ACCOUNT_EU, DemoOutcome.CANNOT_DEREGISTER);

    /** The onboarding and migration demo numbers; {@link DemoNumber#expected()} is what a deregister answers. */
    public static final List<DemoNumber> ONBOARDING_NUMBERS =
            List.of(NEW_LINE, VERIFIED_LINE, EXPIRED_LINE, ON_PREMISES_LINE);

    private DemoSeed() {
    }

    /** The demo world, with {@link #BULK_NUMBERS} numbers in {@link #ACCOUNT_BULK}. */
    public static GraphApiSimulator apply(GraphApiSimulator sim) {
        return apply(sim, BULK_NUMBERS);
    }

    /** The demo world, with {@code bulkNumbers} registered numbers in {@link #ACCOUNT_BULK}. */
    public static GraphApiSimulator apply(GraphApiSimulator sim, int bulkNumbers) {
        sim.token(TOKEN, TokenState.VALID, ACCOUNT_EU, ACCOUNT_US, ACCOUNT_BULK);
        sim.token(EXPIRED_TOKEN, TokenState.EXPIRED);
        for (DemoNumber number : NUMBERS) {
            if (number.account() != null) {
                sim.account(number.account()).phoneNumber(number.id(), initialState(number.expected()));
            }
        }
        sim.consumeBudget(FLAPPING_TEST.id(), RegistrationBudget.LIMIT);
        sim.transientErrors(UNSTABLE.id(), 2);
        sim.incompleteDeregistration(HALF_MIGRATED.id(), 1);

        sim.account(ACCOUNT_EU)
                .phoneNumber(NEW_LINE.id(), PhoneNumberState.DEREGISTERED)
                .phoneNumber(VERIFIED_LINE.id(), PhoneNumberState.DEREGISTERED)
                .phoneNumber(EXPIRED_LINE.id(), PhoneNumberState.DEREGISTERED)
                .phoneNumber(ON_PREMISES_LINE.id(), PhoneNumberState.REGISTERED);
        sim.phoneNumberSetup(NEW_LINE.id()).codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED)
                .verifiedName("Demo Onboarding");
        sim.phoneNumberSetup(VERIFIED_LINE.id()).twoStepPin(VERIFIED_LINE_PIN).verifiedName("Demo Onboarding");
        sim.phoneNumberSetup(EXPIRED_LINE.id()).codeVerificationStatus(CodeVerificationStatus.EXPIRED)
                .verifiedName("Demo Onboarding");
        sim.phoneNumberSetup(ON_PREMISES_LINE.id()).platformType(PlatformType.ON_PREMISE)
                .codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED).verifiedName("Demo Migration");

        sim.account(ACCOUNT_BULK).phoneNumbers(BULK_FIRST_ID, bulkNumbers, PhoneNumberState.REGISTERED);
        return sim;
    }

    private static PhoneNumberState initialState(DemoOutcome outcome) {
        return switch (outcome) {
            case NOT_REGISTERED -> PhoneNumberState.DEREGISTERED;
            case SMB_APP -> PhoneNumberState.SMB_APP;
            case NOT_LINKED -> PhoneNumberState.NOT_LINKED;
            default -> PhoneNumberState.REGISTERED;
        };
    }
}
