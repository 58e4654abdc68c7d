package io.github.whatsappadmin.examples.offboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.whatsappadmin.simulator.DemoNumber;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;

/**
 * The demo: the simulator's {@link DemoSeed}, plus one business whose token has expired, so that the bundled
 * numbers.csv shows every outcome. Also what each demo number is expected to end as.
 */
final class DemoWorld {

    /** A business whose token ({@link DemoSeed#EXPIRED_TOKEN}) has expired. */
    static final String ACCOUNT_EXPIRED_TOKEN = "102290129340400";
    static final String FRANCHISE_LISBON = "106540352242931";

    /** What a demo number ends as, and with which Graph code (null for none). */
    record Expectation(Outcome outcome, Integer graphCode) {
    }

    private DemoWorld() {
    }

    static GraphApiSimulator seed(GraphApiSimulator sim) {
        DemoSeed.apply(sim);
        sim.account(ACCOUNT_EXPIRED_TOKEN).phoneNumber(FRANCHISE_LISBON, PhoneNumberState.REGISTERED);
        return sim;
    }

    /** Every account gets the demo token, except the one whose token has expired. */
    static AccountTokenProvider tokens(List<NumberRow> rows) {
        return new AccountTokenProvider(rows, Map.of(ACCOUNT_EXPIRED_TOKEN, DemoSeed.EXPIRED_TOKEN), DemoSeed.TOKEN);
    }

    /** Keyed by phone number ID: the numbers of the bundled numbers.csv. */
    static Map<String, Expectation> expectations() {
        Map<String, Expectation> expected = new HashMap<>();
        for (DemoNumber number : DemoSeed.NUMBERS) {
            expected.put(number.id(), expectation(number));
        }
        expected.put(FRANCHISE_LISBON, new Expectation(Outcome.FAILED, 190));
        return expected;
    }

    /**
     * What did not end as the demo expects, one line each; empty when all did. A number that is not part of the demo
     * is expected to be deregistered. Numbers not sent yet ({@code --limit}) are not judged.
     */
    static List<String> surprises(List<NumberResult> results) {
        Map<String, Expectation> expected = expectations();
        List<String> surprises = new ArrayList<>();
        for (NumberResult r : results) {
            if (r.outcome() == Outcome.PENDING) {
                continue; // not sent yet: reported on its own
            }
            Expectation e = expected.get(r.phoneNumberId());
            boolean asExpected = e == null
                    ? r.outcome().offboarded()
                    : e.outcome() == r.outcome() && Objects.equals(e.graphCode(), r.graphCode());
            if (!asExpected) {
                surprises.add(r.phoneNumberId() + " ended as " + r.outcome()
                              + (r.graphCode() != null ? " (code " + r.graphCode() + ")" : "") + ", expected "
                              + (e == null ? "deregistered" : e.outcome()
                                      + (e.graphCode() != null ? " (code " + e.graphCode() + ")" : "")));
            }
        }
        return surprises;
    }

    private static Expectation expectation(DemoNumber number) {
        return switch (number.expected()) {
            case DEREGISTERED, TRANSIENT_THEN_DEREGISTERED, INCOMPLETE_THEN_DEREGISTERED ->
                    new Expectation(Outcome.DEREGISTERED, null);
            case NOT_REGISTERED -> new Expectation(Outcome.ALREADY_DEREGISTERED, 133010);
            case BUDGET_EXHAUSTED -> new Expectation(Outcome.RETRY_LATER, 133016);
            default -> new Expectation(Outcome.FAILED, number.expected().firstGraphCode());
        };
    }
}
