package io.github.whatsappadmin.simulator;

import java.util.List;

/**
 * A ready-made world in which deregistering each number with {@link #TOKEN} shows one outcome: used by
 * {@code java -jar ... --seed demo}, the offboarding example and tests. Apply it to a fresh (or reset) simulator.
 */
public final class DemoSeed {

    /** Valid for {@link #ACCOUNT_EU} and {@link #ACCOUNT_US}, not for {@link #ACCOUNT_PARTNER}. */
    public static final String TOKEN = "demo-token";
    /** An expired token: 401, code 190, subcode 463. */
    public static final String EXPIRED_TOKEN = "demo-expired-token";

    public static final String ACCOUNT_EU = "102290129340398";
    public static final String ACCOUNT_US = "102290129340399";
    /** A business the demo token has no access to. */
    public static final String ACCOUNT_PARTNER = "109876543210987";

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

    /** Every demo number, in the order of the docs' table. */
    public static final List<DemoNumber> NUMBERS = List.of(SUPPORT_BERLIN, SALES_NEW_YORK, OLD_CAMPAIGN, SHOP_APP,
            FLAPPING_TEST, UNSTABLE, HALF_MIGRATED, UNLINKED, PARTNER, MISTYPED);

    private DemoSeed() {
    }

    public static GraphApiSimulator apply(GraphApiSimulator sim) {
        sim.token(TOKEN, TokenState.VALID, ACCOUNT_EU, ACCOUNT_US);
        sim.token(EXPIRED_TOKEN, TokenState.EXPIRED);
        for (DemoNumber number : NUMBERS) {
            if (number.account() != null) {
                sim.account(number.account()).phoneNumber(number.id(), initialState(number.expected()));
            }
        }
        sim.consumeBudget(FLAPPING_TEST.id(), RegistrationBudget.LIMIT);
        sim.transientErrors(UNSTABLE.id(), 2);
        sim.incompleteDeregistration(HALF_MIGRATED.id(), 1);
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
