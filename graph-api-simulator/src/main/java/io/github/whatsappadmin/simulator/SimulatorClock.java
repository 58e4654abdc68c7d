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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The simulator's notion of now: the system clock plus an offset that tests move forward, so a 72-hour budget window
 * or a throttle can pass without waiting.
 */
public final class SimulatorClock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    SimulatorClock(Clock base) {
        this.base = base;
    }

    /** The simulated current instant. */
    public Instant now() {
        return base.instant().plus(offset.get());
    }

    /** Moves simulated time forward (never backward: budgets and throttles assume time only grows). */
    public SimulatorClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the simulator clock only moves forward: " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return this;
    }

    /** Back to the system clock. */
    void reset() {
        offset.set(Duration.ZERO);
    }
}
