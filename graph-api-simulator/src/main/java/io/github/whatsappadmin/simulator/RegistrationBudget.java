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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Register and deregister share one budget per phone number: {@value #LIMIT} requests in a moving 72-hour window.
 * The request past it is refused with 133016 and blocks the number for 72 hours from then; refused requests are not
 * counted, so once the block ends the window is empty again (every counted request predates the block).
 */
final class RegistrationBudget {

    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofHours(72);

    private final Deque<Instant> counted = new ArrayDeque<>();
    private Instant blockedUntil;

    /** Counts one request, or answers the instant until which the number is blocked. */
    Instant tryConsume(Instant now) {
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            return blockedUntil;
        }
        if (used(now) >= LIMIT) {
            blockedUntil = now.plus(WINDOW);
            return blockedUntil;
        }
        counted.addLast(now);
        return null;
    }

    /** Pre-fills the window, e.g. for a number that was flapping before the test starts. */
    void consume(Instant now, int requests) {
        for (int i = 0; i < requests; i++) {
            counted.addLast(now);
        }
    }

    int used(Instant now) {
        Instant windowStart = now.minus(WINDOW);
        counted.removeIf(at -> !at.isAfter(windowStart));
        return counted.size();
    }
}
