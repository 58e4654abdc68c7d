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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Faults on demand, for any path: a queue of one-shot faults taken by the next requests in order, a fault that
 * stays until cleared, and a fixed latency added to every answer.
 */
public final class Faults {

    private final Deque<Fault> next = new ArrayDeque<>();
    private Fault always;
    private Duration latency = Duration.ZERO;

    /** Adds a fixed delay before every answer (faults included) until {@link #clear()}. */
    public synchronized Faults latency(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative: " + delay);
        }
        latency = delay;
        return this;
    }

    /** The next {@code count} requests, whatever their path, get {@code fault} (after faults queued before). */
    public synchronized Faults next(int count, Fault fault) {
        Objects.requireNonNull(fault, "fault");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        for (int i = 0; i < count; i++) {
            next.addLast(fault);
        }
        return this;
    }

    /** Every request gets {@code fault} until {@link #clear()} (one-shot faults queued with next() come first). */
    public synchronized Faults always(Fault fault) {
        always = Objects.requireNonNull(fault, "fault");
        return this;
    }

    /** Removes queued and permanent faults and the latency. */
    public synchronized Faults clear() {
        next.clear();
        always = null;
        latency = Duration.ZERO;
        return this;
    }

    /** How many one-shot faults are still queued. */
    public synchronized int pending() {
        return next.size();
    }

    synchronized Optional<Fault> take() {
        Fault queued = next.pollFirst();
        return Optional.ofNullable(queued != null ? queued : always);
    }

    synchronized Duration latency() {
        return latency;
    }
}
