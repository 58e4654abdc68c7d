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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Refused;
import io.github.whatsappadmin.camel.budget.InMemoryRegistrationBudgetStore;
import io.github.whatsappadmin.camel.budget.JdbcRegistrationBudgetStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * What the registration budget guard costs per register/deregister: the time of one {@code tryAcquire} with each store
 * (in memory; JDBC on an embedded PostgreSQL, pooled and not), at 1 and 8 threads, for two cases: the first attempt of
 * a number (granted: the number's lock row and its attempt are inserted) and a number whose window is full (refused:
 * its 10 attempts are read).
 * <p>
 * Usage: {@code java -cp benchmarks.jar io.github.whatsappadmin.camel.benchmarks.BudgetStoreBenchmark [--seconds S]}.
 * Progress goes to stderr, a Markdown table to stdout. The exit code is 1 when a decision was not the one expected
 * (a first attempt refused, a full window granted).
 */
public final class BudgetStoreBenchmark {

    private static final Duration WINDOW = Duration.ofHours(72);
    private static final int BUDGET = 10;
    private static final int[] THREADS = {1, 8};
    /** Numbers whose window is full, per thread: the refused case cycles through them. */
    private static final int FULL_NUMBERS = 100;

    private BudgetStoreBenchmark() {
    }

    private record Result(String store, String workload, int threads, long calls, double seconds, long wrong) {

        double microsPerCall() {
            return seconds * 1e6 * threads / calls;
        }

        double callsPerSecond() {
            return calls / seconds;
        }
    }

    private enum Workload {
        FIRST_ATTEMPT("first attempt of a number (granted)"),
        FULL_WINDOW("window full (refused)");

        final String label;

        Workload(String label) {
            this.label = label;
        }
    }

    public static void main(String[] args) throws Exception {
        double seconds = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Double.parseDouble(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; use [--seconds S]");
            }
        }
        List<Result> results = new ArrayList<>();
        for (int threads : THREADS) {
            results.addAll(measure("in memory", new InMemoryRegistrationBudgetStore(), threads, seconds));
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            for (int threads : THREADS) {
                try (HikariDataSource pool = pool(postgres, threads)) {
                    results.addAll(measure("JDBC, PostgreSQL, HikariCP pool", jdbc(pool), threads, seconds));
                }
                results.addAll(measure("JDBC, PostgreSQL, a connection per call", jdbc(postgres
                        .getPostgresDatabase()), threads, seconds));
            }
        }
        print(results);
        System.exit(results.stream().anyMatch(r -> r.wrong() > 0) ? 1 : 0);
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres, int threads) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(threads);
        config.setMinimumIdle(threads);
        return new HikariDataSource(config);
    }

    private static WhatsAppRegistrationBudgetStore jdbc(DataSource dataSource) {
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(dataSource);
        store.setCreateTable(true);
        return store;
    }

    private static List<Result> measure(String name, WhatsAppRegistrationBudgetStore store, int threads,
                                        double seconds) throws Exception {
        List<Result> results = new ArrayList<>();
        for (Workload workload : Workload.values()) {
            System.err.printf(Locale.ROOT, "%s, %s, %d thread(s)...%n", name, workload.label, threads);
            // Numbers never used before in this run: each (store, workload, threads) has its own series.
            String series = String.valueOf(System.nanoTime() % 1_000_000_000L);
            if (workload == Workload.FULL_WINDOW) {
                fill(store, series, threads);
            }
            run(store, workload, series + "1", threads, seconds / 3);
            results.add(run(store, workload, series + "2", threads, seconds).withName(name, workload));
        }
        return results;
    }

    /** Spends the budget of the numbers the refused case asks for. */
    private static void fill(WhatsAppRegistrationBudgetStore store, String series, int threads) {
        for (int t = 0; t < threads; t++) {
            for (int n = 0; n < FULL_NUMBERS; n++) {
                for (int a = 0; a < BUDGET; a++) {
                    store.tryAcquire(fullNumber(series, t, n), BUDGET, WINDOW);
                }
            }
        }
    }

    private static String fullNumber(String series, int thread, int n) {
        return series + "9" + thread + String.format(Locale.ROOT, "%03d", n);
    }

    private static Run run(WhatsAppRegistrationBudgetStore store, Workload workload, String round, int threads,
                           double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong calls = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                long i = 0;
                String series = round.substring(0, round.length() - 1);
                while (System.nanoTime() < deadline) {
                    boolean expected = switch (workload) {
                        case FIRST_ATTEMPT -> store.tryAcquire(round + thread + "0" + i, BUDGET,
                                WINDOW) instanceof Granted;
                        case FULL_WINDOW -> store.tryAcquire(fullNumber(series, thread, (int) (i % FULL_NUMBERS)),
                                BUDGET, WINDOW) instanceof Refused;
                    };
                    if (!expected) {
                        wrong.incrementAndGet();
                    }
                    i++;
                }
                calls.addAndGet(i);
                return null;
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> future : futures) {
            future.get((long) seconds + 60, TimeUnit.SECONDS);
        }
        double elapsed = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        return new Run(threads, calls.get(), elapsed, wrong.get());
    }

    private record Run(int threads, long calls, double seconds, long wrong) {

        Result withName(String store, Workload workload) {
            return new Result(store, workload.label, threads, calls, seconds, wrong);
        }
    }

    private static void print(List<Result> results) {
        System.out.printf(Locale.ROOT, "| store | case | threads | µs per tryAcquire | calls/s | calls | wrong |%n");
        System.out.printf(Locale.ROOT, "|---|---|---:|---:|---:|---:|---:|%n");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %,.0f | %,d | %d |%n", r.store(), r.workload(),
                    r.threads(), r.microsPerCall(), r.callsPerSecond(), r.calls(), r.wrong());
        }
    }
}
