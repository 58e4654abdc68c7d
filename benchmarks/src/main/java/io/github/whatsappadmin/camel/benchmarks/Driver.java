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
package io.github.whatsappadmin.camel.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.whatsappadmin.camel.model.DeregisterResponse;

/**
 * Sends calls in closed loops: {@code concurrency} caller threads, each sending its next call when the last one has
 * answered. The caller threads are started once and kept, so that the allocation of every thread can be summed
 * across a phase; a caller allocates nothing per call besides what the contender does.
 */
final class Driver implements AutoCloseable {

    static final int MAX_CONCURRENCY = 64;

    private final ThreadPoolExecutor callers;

    record Outcome(long calls, long errors, long elapsedNanos, Throwable firstError, long[] latencies) {

        double callsPerSecond() {
            return calls * 1e9 / elapsedNanos;
        }
    }

    Driver() {
        AtomicInteger n = new AtomicInteger();
        callers = new ThreadPoolExecutor(MAX_CONCURRENCY, MAX_CONCURRENCY, 1, TimeUnit.HOURS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "bench-caller-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        callers.prestartAllCoreThreads();
    }

    /** Exactly {@code totalCalls} calls, shared by {@code concurrency} callers. */
    Outcome runCalls(Contender contender, int concurrency, int totalCalls) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return run(contender, concurrency, () -> next.getAndIncrement() < totalCalls, false);
    }

    /** As many calls as fit in {@code seconds}; with {@code recordLatency} each call's time is kept. */
    Outcome runFor(Contender contender, int concurrency, double seconds, boolean recordLatency) throws Exception {
        long[] deadline = new long[1];
        return run(contender, concurrency, () -> System.nanoTime() < deadline[0], recordLatency,
                deadline, (long) (seconds * 1e9));
    }

    private Outcome run(Contender contender, int concurrency, Condition more, boolean recordLatency)
            throws Exception {
        return run(contender, concurrency, more, recordLatency, null, 0);
    }

    private Outcome run(Contender contender, int concurrency, Condition more, boolean recordLatency, long[] deadline,
                        long durationNanos) throws Exception {
        if (concurrency > MAX_CONCURRENCY) {
            throw new IllegalArgumentException("at most " + MAX_CONCURRENCY + " callers");
        }
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        List<long[]> sinks = new ArrayList<>();
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            long[] sink = recordLatency ? new long[2_000_000 / concurrency] : null;
            sinks.add(sink);
            results.add(callers.submit(loop(contender, go, more, sink, errors, firstError)));
        }
        long start = System.nanoTime();
        if (deadline != null) {
            deadline[0] = start + durationNanos;
        }
        go.countDown();
        long calls = 0;
        long end = start;
        List<long[]> counted = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            long[] r = results.get(i).get(); // {calls, endNanos}
            calls += r[0];
            end = Math.max(end, r[1]);
            if (sinks.get(i) != null) {
                counted.add(java.util.Arrays.copyOf(sinks.get(i), (int) Math.min(r[0], sinks.get(i).length)));
            }
        }
        long[] latencies = null;
        if (recordLatency) {
            latencies = counted.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        }
        return new Outcome(calls, errors.get(), end - start, firstError.get(), latencies);
    }

    private static Callable<long[]> loop(Contender contender, CountDownLatch go, Condition more, long[] sink,
                                         AtomicLong errors, AtomicReference<Throwable> firstError) {
        return () -> {
            go.await();
            long calls = 0;
            while (more.test()) {
                long t0 = System.nanoTime();
                try {
                    DeregisterResponse r = contender.call();
                    if (r == null || !r.isSuccess()) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e);
                }
                long t1 = System.nanoTime();
                if (sink != null && calls < sink.length) {
                    sink[(int) calls] = t1 - t0;
                }
                calls++;
            }
            return new long[] {calls, System.nanoTime()};
        };
    }

    /**
     * {@code totalCalls} calls with {@code inFlight} of them in flight at all times: sent from this one thread when the
     * contender is asynchronous, or from {@code inFlight} threads of their own when it is not.
     */
    static Outcome runLatencyBound(Contender contender, int totalCalls, int inFlight, Runnable beforeStart)
            throws Exception {
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        if (contender.isAsync()) {
            Semaphore slots = new Semaphore(inFlight);
            CountDownLatch done = new CountDownLatch(totalCalls);
            beforeStart.run();
            long start = System.nanoTime();
            for (int i = 0; i < totalCalls; i++) {
                slots.acquire();
                contender.callAsync().whenComplete((r, e) -> {
                    if (e != null || r == null || !r.isSuccess()) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                    slots.release();
                    done.countDown();
                });
            }
            done.await();
            return new Outcome(totalCalls, errors.get(), System.nanoTime() - start, firstError.get(), null);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(inFlight, inFlight, 1, TimeUnit.MINUTES,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "bench-blocking-caller-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        try {
            threads.prestartAllCoreThreads();
            AtomicInteger next = new AtomicInteger();
            CountDownLatch go = new CountDownLatch(1);
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < inFlight; i++) {
                results.add(threads.submit(loop(contender, go, () -> next.getAndIncrement() < totalCalls, null,
                        errors, firstError)));
            }
            beforeStart.run();
            long start = System.nanoTime();
            go.countDown();
            long end = start;
            for (Future<long[]> f : results) {
                end = Math.max(end, f.get()[1]);
            }
            return new Outcome(totalCalls, errors.get(), end - start, firstError.get(), null);
        } finally {
            shutdown(threads);
        }
    }

    @Override
    public void close() throws InterruptedException {
        shutdown(callers);
    }

    private static void shutdown(ExecutorService pool) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @FunctionalInterface
    private interface Condition {
        boolean test();
    }
}
