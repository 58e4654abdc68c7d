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

import java.math.BigInteger;

/** Fluent setup of one WhatsApp Business Account: {@code sim.account("waba-1").phoneNumber("1001", REGISTERED)}. */
public final class AccountSetup {

    /** Bounds memory: a business account on Graph holds far fewer. */
    public static final int MAX_GENERATED_NUMBERS = 100_000;

    private final GraphApiSimulator simulator;
    private final String accountId;

    AccountSetup(GraphApiSimulator simulator, String accountId) {
        this.simulator = simulator;
        this.accountId = accountId;
    }

    /** Adds (or moves here, with this state) a phone number. */
    public AccountSetup phoneNumber(String phoneNumberId, PhoneNumberState state) {
        simulator.phoneNumber(accountId, phoneNumberId, state);
        return this;
    }

    /**
     * Adds {@code count} phone numbers in this state, with consecutive IDs from {@code firstId} ({@code "1000"}, 3:
     * 1000, 1001, 1002), listed in that order: for paging through a large account.
     */
    public AccountSetup phoneNumbers(String firstId, int count, PhoneNumberState state) {
        if (firstId == null || !firstId.matches("[0-9]+")) {
            throw new IllegalArgumentException("a phone number ID is digits only, as Graph's are: " + firstId);
        }
        if (count < 0 || count > MAX_GENERATED_NUMBERS) {
            throw new IllegalArgumentException("count must be from 0 to " + MAX_GENERATED_NUMBERS + ": " + count);
        }
        BigInteger id = new BigInteger(firstId);
        for (int i = 0; i < count; i++) {
            simulator.phoneNumber(accountId, id.toString(), state);
            id = id.add(BigInteger.ONE);
        }
        return this;
    }

    /** Continues with another account. */
    public AccountSetup account(String wabaId) {
        return simulator.account(wabaId);
    }

    public String accountId() {
        return accountId;
    }

    /** Back to the simulator, to go on with tokens or switches. */
    public GraphApiSimulator simulator() {
        return simulator;
    }
}
