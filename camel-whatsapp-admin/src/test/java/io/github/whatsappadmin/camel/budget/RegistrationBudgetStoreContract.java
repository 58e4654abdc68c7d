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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Decision;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What every registration budget store promises, run against each of them: the count in the moving window, its
 * edges on a clock that the test moves, release, pruning, and exactly {@code budget} grants under concurrency.
 */
abstract class RegistrationBudgetStoreContract {

    static final Duration WINDOW = Duration.ofHours(72);
    static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");
    static final String NUMBER = "106540352242922";

    TestClock clock;
    WhatsAppRegistrationBudgetStore store;

    /** A fresh, empty backing store for each test (a new database, new tables). */
    abstract void prepareBackend() throws Exception;

    /** A store on the backend {@link #prepareBackend()} made; the JDBC ones return a new instance each time. */
    abstract WhatsAppRegistrationBudgetStore newStore(Clock clock) throws Exception;

    /** How many attempts the backend holds, expired ones included. */
    abstract int storedAttempts() throws Exception;

    @BeforeEach
    void setUpStore() throws Exception {
        clock = new TestClock(T0);
        prepareBackend();
        store = newStore(clock);
    }

    Granted grant(WhatsAppRegistrationBudgetStore on, String number, int budget) {
        Decision decision = on.tryAcquire(number, budget, WINDOW);
        assertThat(decision).as("decision for " + number + " at " + clock.instant()).isInstanceOf(Granted.class);
        return (Granted) decision;
    }

    Refused refuse(WhatsAppRegistrationBudgetStore on, String number, int budget) {
        Decision decision = on.tryAcquire(number, budget, WINDOW);
        assertThat(decision).as("decision for " + number + " at " + clock.instant()).isInstanceOf(Refused.class);
        return (Refused) decision;
    }

    @Test
    void grantsUpToTheBudgetCountingDownThenRefusesUntilTheOldestLeaves() {
        Granted first = grant(store, NUMBER, 3);
        clock.advance(Duration.ofHours(1));
        Granted second = grant(store, NUMBER, 3);
        clock.advance(Duration.ofHours(1));
        Granted third = grant(store, NUMBER, 3);
        clock.advance(Duration.ofHours(1));
        Refused refused = refuse(store, NUMBER, 3);

        assertThat(List.of(first.remaining(), second.remaining(), third.remaining())).containsExactly(2, 1, 0);
        assertThat(first.phoneNumberId()).isEqualTo(NUMBER);
        assertThat(first.attemptedAt()).isEqualTo(T0);
        assertThat(List.of(first.attemptId(), second.attemptId(), third.attemptId())).doesNotHaveDuplicates();
        assertThat(refused.phoneNumberId()).isEqualTo(NUMBER);
        assertThat(refused.budget()).isEqualTo(3);
        assertThat(refused.window()).isEqualTo(WINDOW);
        assertThat(refused.decidedAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
        assertThat(refused.freesAt()).isEqualTo(T0.plus(WINDOW));
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofHours(69));
    }

    @Test
    void refusesJustBeforeTheOldestAttemptLeavesTheWindow() {
        grant(store, NUMBER, 1);
        clock.set(T0.plus(WINDOW).minusMillis(1));

        Refused refused = refuse(store, NUMBER, 1);

        assertThat(refused.freesAt()).isEqualTo(T0.plus(WINDOW));
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void grantsExactlyWhenTheOldestAttemptLeavesTheWindow() {
        grant(store, NUMBER, 1);
        clock.set(T0.plus(WINDOW));

        Granted granted = grant(store, NUMBER, 1);

        assertThat(granted.attemptedAt()).isEqualTo(T0.plus(WINDOW));
        assertThat(granted.remaining()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(refuse(store, NUMBER, 1).freesAt()).isEqualTo(T0.plus(WINDOW).plus(WINDOW));
    }

    @Test
    void grantsJustAfterTheOldestAttemptLeftTheWindow() {
        grant(store, NUMBER, 2);
        clock.advance(Duration.ofHours(10));
        grant(store, NUMBER, 2);
        clock.set(T0.plus(WINDOW).plusMillis(1));

        Granted granted = grant(store, NUMBER, 2);

        // Only the attempt of T0 + 10 h is still in the window.
        assertThat(granted.remaining()).isZero();
        assertThat(refuse(store, NUMBER, 2).freesAt()).isEqualTo(T0.plus(Duration.ofHours(10)).plus(WINDOW));
    }

    @Test
    void aLoweredBudgetFreesWhenEnoughAttemptsHaveLeftNotJustTheOldest() {
        for (int hour = 0; hour < 3; hour++) {
            clock.set(T0.plus(Duration.ofHours(hour)));
            grant(store, NUMBER, 3);
        }

        Refused refused = refuse(store, NUMBER, 2);

        // Three in the window, two allowed: the next is granted once the first two have left.
        assertThat(refused.freesAt()).isEqualTo(T0.plus(Duration.ofHours(1)).plus(WINDOW));
        clock.set(refused.freesAt().minusMillis(1));
        refuse(store, NUMBER, 2);
        clock.set(refused.freesAt());
        assertThat(grant(store, NUMBER, 2).remaining()).isZero();
    }

    @Test
    void eachPhoneNumberHasItsOwnBudget() {
        grant(store, NUMBER, 1);
        refuse(store, NUMBER, 1);

        assertThat(grant(store, "106540352242923", 1).remaining()).isZero();
    }

    @Test
    void releaseGivesTheSlotBack() {
        grant(store, NUMBER, 2);
        Granted released = grant(store, NUMBER, 2);
        refuse(store, NUMBER, 2);

        store.release(released);

        assertThat(grant(store, NUMBER, 2).remaining()).isZero();
        refuse(store, NUMBER, 2);
    }

    @Test
    void releasingTheSameAttemptTwiceFreesOnlyOneSlot() {
        Granted released = grant(store, NUMBER, 1);
        store.release(released);
        grant(store, NUMBER, 1);

        store.release(released);

        refuse(store, NUMBER, 1);
    }

    @Test
    void releasingAnAttemptThatAlreadyExpiredDoesNothing() {
        Granted old = grant(store, NUMBER, 1);
        clock.set(T0.plus(WINDOW));
        grant(store, NUMBER, 1);

        store.release(old);

        refuse(store, NUMBER, 1);
    }

    @Test
    void expiredAttemptsOfEveryNumberArePrunedAndTheRestKept() throws Exception {
        for (int n = 0; n < 5; n++) {
            grant(store, "10654035224290" + n, 10);
        }
        clock.advance(Duration.ofHours(1));
        grant(store, NUMBER, 10);
        assertThat(storedAttempts()).isEqualTo(6);

        // Exactly when the first five leave the window; the number decided is none of them.
        clock.set(T0.plus(WINDOW));
        grant(store, "106540352242999", 10);

        assertThat(storedAttempts()).isEqualTo(2);
        assertThat(grant(store, NUMBER, 2).remaining()).isZero();
    }

    @Test
    void manyThreadsRacingForTheSameNumbersGetExactlyTheBudget() throws Exception {
        int budget = 5;
        List<String> numbers = numbers(8);
        List<Decision> decisions = race(12, thread -> decideAll(store, numbers, budget, thread));

        assertExactlyTheBudget(decisions, numbers, budget, 12);
    }

    @Test
    void rejectsArgumentsThatNoCallerShouldPass() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.tryAcquire(NUMBER, 0, WINDOW))
                .withMessageContaining("budget must be at least 1, got 0")
                .withMessageContaining("registrationBudget of 0 switches the guard off");
        assertThatIllegalArgumentException().isThrownBy(() -> store.tryAcquire(NUMBER, 10, Duration.ZERO))
                .withMessageContaining("window must be a positive duration, got PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> store.tryAcquire(null, 10, WINDOW))
                .withMessageContaining("phoneNumberId must be 1 to 64 characters, got null");
        assertThatIllegalArgumentException().isThrownBy(() -> store.tryAcquire("1".repeat(65), 10, WINDOW))
                .withMessageContaining("got 65 characters");
    }

    static List<String> numbers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "2000000000000" + i).toList();
    }

    /** One thread's calls: every number once, starting at a different one per thread so that they collide. */
    static List<Decision> decideAll(WhatsAppRegistrationBudgetStore on, List<String> numbers, int budget, int thread) {
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            decisions.add(on.tryAcquire(numbers.get((i + thread) % numbers.size()), budget, WINDOW));
        }
        return decisions;
    }

    /** Runs {@code threads} workers released at the same moment by a latch, and gathers what they returned. */
    static <T> List<T> race(int threads, Function<Integer, List<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<T>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<T>> worker = () -> {
                    start.await();
                    return work.apply(thread);
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            List<T> all = new ArrayList<>();
            for (Future<List<T>> future : futures) {
                all.addAll(future.get(2, TimeUnit.MINUTES));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertExactlyTheBudget(List<Decision> decisions, List<String> numbers, int budget, int callsPerNumber) {
        Map<String, List<Decision>> byNumber = decisions.stream().collect(Collectors.groupingBy(d -> d instanceof Granted g ? g
                .phoneNumberId() : ((Refused) d).phoneNumberId()));
        assertThat(byNumber).containsOnlyKeys(numbers);
        byNumber.forEach((number, list) -> {
            assertThat(list).as(number).hasSize(callsPerNumber);
            List<Integer> remaining = list.stream().filter(Granted.class::isInstance).map(d -> ((Granted) d).remaining())
                    .sorted().toList();
            // Exactly the budget granted, each with its own place in the count: no two saw the same count.
            assertThat(remaining).as(number + " granted").containsExactlyElementsOf(
                    IntStream.range(0, budget).boxed().toList());
            assertThat(list.stream().filter(Refused.class::isInstance).map(d -> ((Refused) d).freesAt()))
                    .as(number + " refused").hasSize(callsPerNumber - budget).containsOnly(T0.plus(WINDOW));
        });
    }
}
