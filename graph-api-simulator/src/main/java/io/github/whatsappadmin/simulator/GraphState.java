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

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the simulated Graph API knows: accounts, numbers, tokens, throttles and the answer-style switches.
 * Requests and test setup run on different threads, so all access holds this object's lock.
 */
final class GraphState {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Set<String> accounts = new LinkedHashSet<>();
    /** In the order they were added: the order an account's numbers are listed in. */
    private final Map<String, SimulatedPhoneNumber> numbers = new LinkedHashMap<>();
    private final Map<String, SimulatedToken> tokens = new HashMap<>();
    private final Map<String, Throttle> throttles = new HashMap<>();
    private UsageMeter usage = new UsageMeter();
    private NotFoundStyle notFoundStyle = NotFoundStyle.GRAPH;
    private NotRegisteredStyle notRegisteredStyle = NotRegisteredStyle.GRAPH;
    private int rateLimitStatus = 400;

    synchronized void clear() {
        accounts.clear();
        numbers.clear();
        tokens.clear();
        throttles.clear();
        usage = new UsageMeter();
        notFoundStyle = NotFoundStyle.GRAPH;
        notRegisteredStyle = NotRegisteredStyle.GRAPH;
        rateLimitStatus = 400;
    }

    synchronized void addAccount(String account) {
        accounts.add(requireText(account, "account ID"));
    }

    synchronized boolean hasAccount(String account) {
        return accounts.contains(account);
    }

    /** Adds the number, or moves it to {@code account} and puts it in the state (IDs are unique across accounts). */
    synchronized void putPhoneNumber(String account, String id, PhoneNumberState state) {
        addAccount(account);
        if (id == null || !DIGITS.matcher(id).matches()) {
            throw new IllegalArgumentException("a phone number ID is digits only, as Graph's are: " + id);
        }
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        SimulatedPhoneNumber number = numbers.computeIfAbsent(id, i -> new SimulatedPhoneNumber(i, account, state));
        number.account = account;
        number.moveTo(state);
    }

    /** The account's numbers, in the order they were added. */
    synchronized List<SimulatedPhoneNumber> phoneNumbersOf(String account) {
        return numbers.values().stream().filter(n -> n.account.equals(account)).toList();
    }

    /** The account of a known number, or null. */
    synchronized String accountOf(String id) {
        SimulatedPhoneNumber number = numbers.get(id);
        return number == null ? null : number.account;
    }

    synchronized SimulatedPhoneNumber phoneNumber(String id) {
        return numbers.get(id);
    }

    synchronized SimulatedPhoneNumber existingPhoneNumber(String id) {
        SimulatedPhoneNumber number = numbers.get(id);
        if (number == null) {
            throw new IllegalArgumentException("no simulated phone number with ID " + id);
        }
        return number;
    }

    synchronized void putToken(String token, TokenState state, Set<String> scope) {
        requireText(token, "token");
        if (state == null) {
            throw new IllegalArgumentException("state must not be null");
        }
        tokens.put(token, new SimulatedToken(state, Set.copyOf(scope)));
    }

    synchronized SimulatedToken token(String token) {
        return tokens.get(token);
    }

    synchronized void throttle(String account, int code, Instant until) {
        if (code != 4 && code != 80007) {
            throw new IllegalArgumentException("throttling codes are 4 (app) and 80007 (WABA), not " + code);
        }
        throttles.put(requireText(account, "account ID"), new Throttle(code, until));
    }

    synchronized void clearThrottle(String account) {
        throttles.remove(account);
    }

    /** The throttle in force for the account now, or null. */
    synchronized Throttle activeThrottle(String account, Instant now) {
        Throttle throttle = throttles.get(account);
        return throttle != null && throttle.isActive(now) ? throttle : null;
    }

    synchronized UsageMeter usage() {
        return usage;
    }

    synchronized NotFoundStyle notFoundStyle() {
        return notFoundStyle;
    }

    synchronized void notFoundStyle(NotFoundStyle style) {
        if (style == null) {
            throw new IllegalArgumentException("style must not be null");
        }
        notFoundStyle = style;
    }

    synchronized NotRegisteredStyle notRegisteredStyle() {
        return notRegisteredStyle;
    }

    synchronized void notRegisteredStyle(NotRegisteredStyle style) {
        if (style == null) {
            throw new IllegalArgumentException("style must not be null");
        }
        notRegisteredStyle = style;
    }

    synchronized int rateLimitStatus() {
        return rateLimitStatus;
    }

    synchronized void rateLimitStatus(int status) {
        if (status != 400 && status != 429) {
            throw new IllegalArgumentException("Graph sends codes 4 and 80007 with status 400 or 429, not " + status);
        }
        rateLimitStatus = status;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
