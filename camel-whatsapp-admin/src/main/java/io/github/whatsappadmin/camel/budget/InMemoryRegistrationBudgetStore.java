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
package io.github.whatsappadmin.camel.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;

/**
 * The registration budget in this JVM's memory: the component's default, shared by all its endpoints. Thread-safe; each
 * phone number is decided under its own lock, so numbers do not wait for each other. Forgets everything on restart and
 * is not shared with other JVMs: several nodes need {@link JdbcRegistrationBudgetStore}.
 * <p>
 * Expired attempts are dropped: a number's own on each of its decisions, every number's at most once per
 * {@link #SWEEP_INTERVAL}, so numbers that are never touched again do not stay in memory.
 */
public class InMemoryRegistrationBudgetStore implements WhatsAppRegistrationBudgetStore {

    /** How often, at most, a decision also drops the expired attempts of every other number. */
    public static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final Clock clock;
    /** Per phone number, its attempts in the window; a number with none left is removed. */
    private final Map<String, Deque<Attempt>> attempts = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);

    public InMemoryRegistrationBudgetStore() {
        this(Clock.systemUTC());
    }

    public InMemoryRegistrationBudgetStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Decision tryAcquire(String phoneNumberId, int budget, Duration window) {
        BudgetArguments.check(phoneNumberId, budget, window);
        Decision[] decision = new Decision[1];
        // compute() runs under the map's lock for this key: prune, count and record are one step.
        attempts.compute(phoneNumberId, (id, recorded) -> {
            Instant now = clock.instant();
            Deque<Attempt> list = recorded == null ? new ArrayDeque<>() : recorded;
            Instant cutoff = now.minus(window);
            list.removeIf(a -> !a.at().isAfter(cutoff));
            if (list.size() < budget) {
                Attempt attempt = new Attempt(UUID.randomUUID().toString(), now, now.plus(window));
                list.addLast(attempt);
                decision[0] = new Granted(id, attempt.id(), now, budget - list.size());
            } else {
                // Sorted, not taken in insertion order: the system clock may have stepped back since.
                Instant[] times = new Instant[list.size()];
                int i = 0;
                for (Attempt a : list) {
                    times[i++] = a.at();
                }
                Arrays.sort(times);
                Instant oldestThatMatters = times[times.length - budget];
                decision[0] = new Refused(id, budget, window, now, oldestThatMatters.plus(window));
            }
            return list.isEmpty() ? null : list;
        });
        sweepIfDue();
        return decision[0];
    }

    @Override
    public void release(Granted attempt) {
        Objects.requireNonNull(attempt, "attempt");
        attempts.computeIfPresent(attempt.phoneNumberId(), (id, list) -> {
            list.removeIf(a -> a.id().equals(attempt.attemptId()));
            return list.isEmpty() ? null : list;
        });
    }

    private void sweepIfDue() {
        Instant now = clock.instant();
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_INTERVAL))) {
            return;
        }
        for (String id : attempts.keySet()) {
            attempts.computeIfPresent(id, (key, list) -> {
                list.removeIf(a -> !a.expiresAt().isAfter(now));
                return list.isEmpty() ? null : list;
            });
        }
    }

    /** How many attempts are held, all numbers together (what pruning keeps bounded). */
    int recordedAttempts() {
        int[] count = new int[1];
        for (String id : attempts.keySet()) {
            attempts.computeIfPresent(id, (key, list) -> {
                count[0] += list.size();
                return list;
            });
        }
        return count[0];
    }

    /** An attempt expires with the window it was recorded in. */
    private record Attempt(String id, Instant at, Instant expiresAt) {
    }
}
