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
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The simulated Graph API for phone numbers: decides each request in the order Graph checks it. Routing, then the
 * token, then the object, then permission, throttling, transient failures, parameters, the registration budget, and
 * last the operation on the number's state.
 */
final class PhoneNumberApi {

    private final GraphState state;
    private final SimulatorClock clock;
    private final Supplier<String> baseUrl;
    private final BiConsumer<String, VerificationCode> codeIssued;

    /**
     * @param baseUrl    the simulator's own base URL, for the links of list pages
     * @param codeIssued told of every code request_code issues (the standalone simulator prints it)
     */
    PhoneNumberApi(GraphState state, SimulatorClock clock, Supplier<String> baseUrl,
                   BiConsumer<String, VerificationCode> codeIssued) {
        this.state = state;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.codeIssued = codeIssued;
    }

    GraphAnswer handle(SimulatedRequest request) {
        // One request at a time: state, budget and counters must change atomically per request.
        synchronized (state) {
            Instant now = clock.now();
            Optional<GraphPath> path = GraphPath.parse(request.path());
            Outcome outcome = decide(request, path, now);
            String version = path.filter(GraphPath::hasValidVersion).map(GraphPath::version)
                    .orElse(GraphApiSimulator.DEFAULT_API_VERSION);
            return GraphAnswer.of(outcome, version, state.usage(), now);
        }
    }

    /** The answer of a Graph that fails internally (the HTTP_500 fault). */
    GraphAnswer unknownError() {
        synchronized (state) {
            return GraphAnswer.of(Outcome.failed(GraphErrors.unknownError(), null),
                    GraphApiSimulator.DEFAULT_API_VERSION, state.usage(), clock.now());
        }
    }

    private Outcome decide(SimulatedRequest request, Optional<GraphPath> parsed, Instant now) {
        state.usage().recordAppCall(now);
        Optional<PhoneNumberOperation> operation =
                parsed.flatMap(p -> PhoneNumberOperation.of(request.method(), p.edge()));
        if (operation.isEmpty() || !parsed.get().hasValidVersion()) {
            return Outcome.failed(GraphErrors.unknownPath(request.path()), null);
        }
        GraphPath path = parsed.get();
        SimulatedPhoneNumber number = path.addressesAccount() ? null : state.phoneNumber(path.objectId());
        boolean known = path.addressesAccount() ? state.hasAccount(path.objectId()) : number != null;
        String account = number != null ? number.account : known ? path.objectId() : null;

        Optional<GraphError> tokenError = checkToken(request, now);
        if (tokenError.isPresent()) {
            return Outcome.failed(tokenError.get(), account);
        }
        if (!known) {
            return Outcome.failed(GraphErrors.notFound(state.notFoundStyle(), path.objectId(), request.method()), null);
        }
        state.usage().recordAccountCall(account, now);
        if (!state.token(request.bearerToken()).canAccess(account)) {
            return Outcome.failed(GraphErrors.permissionDenied(), account);
        }
        Throttle throttle = state.activeThrottle(account, now);
        if (throttle != null) {
            long minutes = throttle.minutesToRegain(now);
            return Outcome.throttled(GraphErrors.throttled(throttle.code(), state.rateLimitStatus(), minutes),
                    account, minutes);
        }
        if (number != null && number.transientErrorsLeft > 0) {
            number.transientErrorsLeft--;
            return Outcome.failed(GraphErrors.temporarilyUnavailable(), account);
        }
        Call call = new Call(request, path, request.parameters(), number, account, state, now, baseUrl.get());
        Optional<GraphError> invalid = operation.get().validate(call);
        if (invalid.isPresent()) {
            return Outcome.failed(invalid.get(), account);
        }
        if (operation.get().usesRegistrationBudget()) {
            Instant blockedUntil = number.budget.tryConsume(now);
            if (blockedUntil != null) {
                return Outcome.failed(GraphErrors.registrationBudgetExhausted(blockedUntil), account);
            }
        }
        VerificationCode before = number == null ? null : number.lastCode;
        Outcome outcome = operation.get().apply(call);
        if (number != null && number.lastCode != before) {
            codeIssued.accept(number.id, number.lastCode);
        }
        return outcome;
    }

    private Optional<GraphError> checkToken(SimulatedRequest request, Instant now) {
        String token = request.bearerToken();
        if (token == null) {
            return Optional.of(GraphErrors.missingToken());
        }
        SimulatedToken known = state.token(token);
        if (known == null) {
            return Optional.of(GraphErrors.unparsableToken());
        }
        return switch (known.state()) {
            case VALID -> Optional.empty();
            case EXPIRED -> Optional.of(GraphErrors.expiredToken(now));
            case REVOKED -> Optional.of(GraphErrors.revokedToken());
            // Graph refuses a token without the permission whatever object it names, so before the lookup.
            case LACKING_PERMISSION -> Optional.of(GraphErrors.permissionDenied());
        };
    }
}
