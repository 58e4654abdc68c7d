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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.whatsappadmin.simulator.DemoNumber;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.github.whatsappadmin.simulator.PlatformType;
import io.github.whatsappadmin.simulator.TokenState;

/**
 * The demo: the simulator's {@link DemoSeed}, plus one business whose token has expired and a number still on the
 * On-Premises API, so that the bundled numbers.csv shows every outcome. Also what each demo number is expected to end
 * as, in a real run and in a {@code --plan} run. The numbers of a list of one's own
 * that the demo does not know are added as registered numbers of their account, so that a demo run of that list
 * shows how a number Graph deregisters goes (and how long a run of that size takes).
 */
final class DemoWorld {

    /** A business whose token ({@link DemoSeed#EXPIRED_TOKEN}) has expired. */
    static final String ACCOUNT_EXPIRED_TOKEN = "102290129340400";
    static final String FRANCHISE_LISBON = "106540352242931";
    /** Registered on the On-Premises API, in {@link DemoSeed#ACCOUNT_EU}: the pre-check skips it. */
    static final String ON_PREMISES_LEGACY = "106540352242932";

    /** What a demo number ends as, and with which Graph code (null for none). */
    record Expectation(Outcome outcome, Integer graphCode) {

        /**
         * What a {@code --plan} run ends it as: a number a real run sends a deregister ends as would-deregister
         * (the 133016 lockout included: only the deregister meets it), and a failure, all of the pre-check in the
         * demo, as cannot-check.
         */
        Expectation inPlan() {
            return switch (outcome) {
                case DEREGISTERED, RETRY_LATER -> new Expectation(Outcome.WOULD_DEREGISTER, null);
                case FAILED -> new Expectation(Outcome.CANNOT_CHECK, graphCode);
                default -> this;
            };
        }
    }

    private DemoWorld() {
    }

    static GraphApiSimulator seed(GraphApiSimulator sim) {
        DemoSeed.apply(sim);
        sim.account(ACCOUNT_EXPIRED_TOKEN).phoneNumber(FRANCHISE_LISBON, PhoneNumberState.REGISTERED);
        sim.account(DemoSeed.ACCOUNT_EU).phoneNumber(ON_PREMISES_LEGACY, PhoneNumberState.REGISTERED);
        sim.phoneNumberSetup(ON_PREMISES_LEGACY).platformType(PlatformType.ON_PREMISE);
        return sim;
    }

    /** The demo, plus the rows it does not know as registered numbers that the demo token may deregister. */
    static GraphApiSimulator seed(GraphApiSimulator sim, List<NumberRow> rows) {
        seed(sim);
        Set<String> accounts = new LinkedHashSet<>(List.of(DemoSeed.ACCOUNT_EU, DemoSeed.ACCOUNT_US));
        for (NumberRow row : notInDemo(rows)) {
            String account = row.account().isEmpty() ? GraphApiSimulator.DEFAULT_ACCOUNT : row.account();
            sim.account(account).phoneNumber(row.phoneNumberId(), PhoneNumberState.REGISTERED);
            if (!account.equals(DemoSeed.ACCOUNT_PARTNER) && !account.equals(ACCOUNT_EXPIRED_TOKEN)) {
                accounts.add(account); // the partner's and the expired token's accounts keep their demo answers
            }
        }
        sim.token(DemoSeed.TOKEN, TokenState.VALID, accounts.toArray(String[]::new));
        return sim;
    }

    /** The rows whose number is not one of the demo's. */
    static List<NumberRow> notInDemo(List<NumberRow> rows) {
        Map<String, Expectation> expected = expectations();
        return rows.stream().filter(r -> !expected.containsKey(r.phoneNumberId())).toList();
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
        expected.put(ON_PREMISES_LEGACY, new Expectation(Outcome.SKIPPED, null));
        return expected;
    }

    /**
     * What did not end as the demo expects, one line per demo number, and one line for all the numbers of one's own
     * list, which are expected to be deregistered (in a plan: would-deregister); empty when all did. Numbers not sent
     * yet ({@code --limit}) are not judged; in a plan, a result of an earlier real run is judged as a real run's.
     */
    static List<String> surprises(List<NumberResult> results, boolean plan) {
        Map<String, Expectation> expected = expectations();
        List<String> surprises = new ArrayList<>();
        List<NumberResult> ownNotDeregistered = new ArrayList<>();
        for (NumberResult r : results) {
            if (r.outcome() == Outcome.PENDING) {
                continue; // not sent yet: reported on its own
            }
            boolean judgedAsPlan = plan && !r.fromPreviousRun();
            Expectation e = expected.get(r.phoneNumberId());
            if (e != null && judgedAsPlan) {
                e = e.inPlan();
            }
            if (e == null) {
                if (!r.outcome().offboarded() && !(judgedAsPlan && r.outcome() == Outcome.WOULD_DEREGISTER)) {
                    ownNotDeregistered.add(r);
                }
            } else if (e.outcome() != r.outcome() || !Objects.equals(e.graphCode(), r.graphCode())) {
                surprises.add(r.phoneNumberId() + " ended as " + ended(r) + ", expected " + e.outcome()
                              + (e.graphCode() != null ? " (code " + e.graphCode() + ")" : ""));
            }
        }
        if (!ownNotDeregistered.isEmpty()) {
            NumberResult first = ownNotDeregistered.get(0);
            surprises.add(Plural.of(ownNotDeregistered.size(), "number") + " of your list, expected "
                          + (plan ? "deregistered (or would-deregister)" : "deregistered")
                          + ", did not end so (the first: " + first.phoneNumberId() + " ended as " + ended(first)
                          + "; see the report)");
        }
        return surprises;
    }

    private static String ended(NumberResult r) {
        return r.outcome() + (r.graphCode() != null ? " (code " + r.graphCode() + ")" : "");
    }

    private static Expectation expectation(DemoNumber number) {
        return switch (number.expected()) {
            case DEREGISTERED, TRANSIENT_THEN_DEREGISTERED, INCOMPLETE_THEN_DEREGISTERED ->
                new Expectation(Outcome.DEREGISTERED, null);
            // the pre-check reads these as not on the Cloud API: no deregister, so no Graph code
            case NOT_REGISTERED -> new Expectation(Outcome.ALREADY_DEREGISTERED, null);
            case SMB_APP, NOT_LINKED, CANNOT_DEREGISTER -> new Expectation(Outcome.SKIPPED, null);
            case BUDGET_EXHAUSTED -> new Expectation(Outcome.RETRY_LATER, 133016);
            // not found, permission: the pre-check's read fails as the deregister would
            default -> new Expectation(Outcome.FAILED, number.expected().firstGraphCode());
        };
    }
}
