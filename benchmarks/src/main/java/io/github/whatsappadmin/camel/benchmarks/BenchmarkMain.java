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

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs every contender against the same stub, side by side in one JVM, and prints the comparison as Markdown tables:
 * per-call latency at concurrency 1, throughput at 16 and 64, CPU and allocation per call, connections opened, a
 * latency-bound run that looks like real Graph traffic (1,000 calls, 200 ms each, 200 in flight), and 2,000 calls put
 * in flight at once through the component (connections opened against its pool's cap). Every ratio is to raw Apache
 * HttpClient 5 async, the client the component sends through.
 * <p>
 * Usage: {@code java -jar benchmarks.jar [--quick] [--rounds N] [--seconds S]}. Progress goes to stderr, the tables to
 * stdout. The exit code is 1 when the stub rejected a request (a contender sent something else than the others) or
 * more than 1 call in 10,000 failed, 0 otherwise; a missed target is reported, not failed, as timing on a shared
 * machine is noisy. (JDK 17's client fails a rare call on a reused connection, JDK-8338569: such failures are counted
 * and shown.)
 */
public final class BenchmarkMain {

    private static final String COMPONENT = "whatsapp-admin component";
    private static final String FLOOR = "Apache HttpClient 5 async direct";
    private static final String CAMEL_HTTP = "camel-http route";
    private static final int LATENCY_BOUND_CALLS = 1_000;
    private static final int LATENCY_BOUND_IN_FLIGHT = 200;
    private static final int LATENCY_BOUND_MILLIS = 200;
    private static final int CROWD_CALLS = 2_000;
    /** The component's default maxConnectionsPerHost, which the 2,000-in-flight run keeps. */
    private static final int COMPONENT_POOL = 64;

    private record Settings(boolean quick, int warmupCalls, int rounds, double seconds, String only,
                            boolean threads) {

        static Settings parse(String[] args) {
            boolean quick = false;
            Integer rounds = null;
            Double seconds = null;
            String only = null;
            boolean threads = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--only" -> only = args[++i];
                    case "--threads" -> threads = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                                                                  + "; use [--quick] [--rounds N] [--seconds S]"
                                                                  + " [--only component,camel-http,jdk,jdk-async,apache]"
                                                                  + " [--threads]");
                }
            }
            return new Settings(quick, quick ? 5_000 : 20_000, rounds != null ? rounds : quick ? 1 : 3,
                    seconds != null ? seconds : quick ? 1.5 : 4, only, threads);
        }

        static final String FLOOR_KEY = "apache-async";

        /** Whether a contender takes part; the floor always does, as every ratio is to it. */
        boolean includes(String key) {
            return only == null || key.equals(FLOOR_KEY) || Arrays.asList(only.split(",")).contains(key);
        }
    }

    /** What one contender measured over all rounds. */
    private static final class Figures {
        final String name;
        final List<long[]> latencies = new ArrayList<>();
        final List<Double> c16 = new ArrayList<>();
        final List<Double> c64 = new ArrayList<>();
        ResourceProbe.Usage usage = new ResourceProbe.Usage(0, 0, 0, 0);
        long usageCalls;
        final Map<String, Long> cpuByThreadKind = new java.util.TreeMap<>();
        long connections;
        long connectionCalls;
        long errors;
        Throwable firstError;

        Figures(String name) {
            this.name = name;
        }

        void count(Driver.Outcome o) {
            errors += o.errors();
            if (firstError == null && o.firstError() != null) {
                firstError = o.firstError();
            }
        }

        double p(double quantile) {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return all[(int) Math.min(all.length - 1, Math.round(quantile * (all.length - 1)))] / 1e3;
        }

        double cpuMicrosPerCall() {
            return usage.cpuNanos() / 1e3 / usageCalls;
        }

        double kbPerCall() {
            return usage.allocatedBytes() / 1024.0 / usageCalls;
        }

        double connectionsPer10k() {
            return connections * 10_000.0 / connectionCalls;
        }
    }

    private record LatencyBound(String name, String drivenBy, double wallSeconds, int liveBefore, int peakLive,
                                long connections, long errors) {

        int threadsAdded() {
            return peakLive - liveBefore;
        }
    }

    /** {@link #CROWD_CALLS} calls put in flight at once through the component. */
    private record Crowd(long completed, long errors, long connections, double wallSeconds) {
    }

    @FunctionalInterface
    private interface Factory {
        Contender create(String baseUrl) throws Exception;
    }

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        String loadBefore = loadAverage();
        Map<String, Factory> all = new LinkedHashMap<>();
        all.put("component", ComponentContender::new);
        all.put("camel-http", CamelHttpContender::new);
        all.put(Settings.FLOOR_KEY, ApacheHttpClientAsyncContender::new);
        all.put("jdk", JdkHttpClientContender::new);
        all.put("jdk-async", JdkHttpClientAsyncContender::new);
        all.put("apache", ApacheHttpClientContender::new);
        Map<String, Factory> factories = new LinkedHashMap<>();
        all.forEach((key, factory) -> {
            if (settings.includes(key)) {
                factories.put(key, factory);
            }
        });

        boolean sound;
        try (StubGraphServer stub = new StubGraphServer(Contender.TOKEN)) {
            String baseUrl = stub.baseUrl();
            ResourceProbe probe = new ResourceProbe(stub.threadIds());
            List<Figures> figures = throughput(settings, factories, stub, baseUrl, probe);
            List<LatencyBound> bound = latencyBound(factories, stub, baseUrl, probe);
            Crowd crowd = factories.containsKey("component") ? crowd(stub, baseUrl) : null;
            long errors = figures.stream().mapToLong(f -> f.errors).sum()
                          + bound.stream().mapToLong(b -> b.errors).sum() + (crowd == null ? 0 : crowd.errors());
            sound = stub.requestsRejected() == 0 && errors * 10_000 <= stub.requestsAnswered();
            print(settings, figures, bound, crowd, stub, loadBefore);
            for (Figures f : figures) {
                if (f.firstError != null) {
                    System.err.println("First failure of " + f.name + ":");
                    f.firstError.printStackTrace();
                }
            }
        }
        System.exit(sound ? 0 : 1);
    }

    private static List<Figures> throughput(Settings settings, Map<String, Factory> factories, StubGraphServer stub,
                                            String baseUrl, ResourceProbe probe) throws Exception {
        List<Contender> contenders = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        try (Driver driver = new Driver()) {
            for (Map.Entry<String, Factory> e : factories.entrySet()) {
                Contender c = e.getValue().create(baseUrl);
                contenders.add(c);
                Figures f = new Figures(c.name());
                figures.add(f);
                if (!c.call().isSuccess()) {
                    throw new IllegalStateException(c.name() + " did not deregister");
                }
                progress("warming up %s: %,d calls at concurrency 16, then %,d at 1", c.name(),
                        settings.warmupCalls(), settings.warmupCalls() / 10);
                long before = stub.connectionsAccepted();
                f.count(driver.runCalls(c, 16, settings.warmupCalls()));
                f.count(driver.runCalls(c, 1, settings.warmupCalls() / 10));
                f.connections += stub.connectionsAccepted() - before;
                f.connectionCalls += settings.warmupCalls() + settings.warmupCalls() / 10 + 1;
            }
            for (int round = 0; round < settings.rounds(); round++) {
                for (int k = 0; k < contenders.size(); k++) {
                    // each round starts with another contender, so that no one always runs first or last
                    int i = (k + round) % contenders.size();
                    Contender c = contenders.get(i);
                    Figures f = figures.get(i);
                    progress("round %d/%d: %s", round + 1, settings.rounds(), c.name());
                    long before = stub.connectionsAccepted();

                    Driver.Outcome one = driver.runFor(c, 1, settings.seconds(), true);
                    f.count(one);
                    f.latencies.add(one.latencies());

                    ResourceProbe.Snapshot s0 = probe.snapshot();
                    Driver.Outcome sixteen = driver.runFor(c, 16, settings.seconds(), false);
                    ResourceProbe.Snapshot s1 = probe.snapshot();
                    f.count(sixteen);
                    f.c16.add(sixteen.callsPerSecond());
                    f.usage = f.usage.plus(ResourceProbe.between(s0, s1));
                    if (settings.threads()) {
                        ResourceProbe.cpuByThreadKind(s0, s1).forEach((kind, nanos) -> f.cpuByThreadKind.merge(kind,
                                nanos, Long::sum));
                    }
                    f.usageCalls += sixteen.calls();

                    Driver.Outcome sixtyFour = driver.runFor(c, 64, settings.seconds(), false);
                    f.count(sixtyFour);
                    f.c64.add(sixtyFour.callsPerSecond());

                    f.connections += stub.connectionsAccepted() - before;
                    f.connectionCalls += one.calls() + sixteen.calls() + sixtyFour.calls();
                }
            }
        } finally {
            for (Contender c : contenders) {
                c.close();
            }
        }
        return figures;
    }

    private static List<LatencyBound> latencyBound(Map<String, Factory> factories, StubGraphServer stub,
                                                   String baseUrl, ResourceProbe probe) throws Exception {
        List<LatencyBound> results = new ArrayList<>();
        for (Factory factory : factories.values()) {
            settle();
            // a fresh contender: no threads or connections left over from the throughput runs
            try (Contender c = factory.create(baseUrl)) {
                progress("latency-bound: %s", c.name());
                for (int i = 0; i < 20; i++) {
                    c.call();
                }
                int liveBefore = probe.liveThreads();
                long connectionsBefore = stub.connectionsAccepted();
                stub.setLatencyMillis(LATENCY_BOUND_MILLIS);
                try {
                    Driver.Outcome o = Driver.runLatencyBound(c, LATENCY_BOUND_CALLS, LATENCY_BOUND_IN_FLIGHT,
                            probe::resetPeakThreads);
                    int peak = probe.peakThreads();
                    if (o.firstError() != null) {
                        System.err.println("First failure of " + c.name() + " (latency-bound):");
                        o.firstError().printStackTrace();
                    }
                    results.add(new LatencyBound(c.name(),
                            c.isAsync() ? "1 thread, async" : LATENCY_BOUND_IN_FLIGHT + " blocking threads",
                            o.elapsedNanos() / 1e9, liveBefore, peak,
                            stub.connectionsAccepted() - connectionsBefore, o.errors()));
                } finally {
                    stub.setLatencyMillis(0);
                }
            }
        }
        return results;
    }

    /**
     * {@link #CROWD_CALLS} calls through a fresh component, all put in flight at once against the stub answering after
     * {@link #LATENCY_BOUND_MILLIS} ms: they queue in the component's pool, which opens no more than its cap.
     */
    private static Crowd crowd(StubGraphServer stub, String baseUrl) throws Exception {
        settle();
        try (ComponentContender c = new ComponentContender(baseUrl, COMPONENT_POOL)) {
            progress("%,d calls in flight at once: %s", CROWD_CALLS, c.name());
            long connectionsBefore = stub.connectionsAccepted();
            stub.setLatencyMillis(LATENCY_BOUND_MILLIS);
            try {
                AtomicLong completed = new AtomicLong();
                AtomicLong errors = new AtomicLong();
                CountDownLatch done = new CountDownLatch(CROWD_CALLS);
                long start = System.nanoTime();
                for (int i = 0; i < CROWD_CALLS; i++) {
                    c.callAsync().whenComplete((r, e) -> {
                        (e == null && r != null && r.isSuccess() ? completed : errors).incrementAndGet();
                        done.countDown();
                    });
                }
                done.await();
                return new Crowd(completed.get(), errors.get(), stub.connectionsAccepted() - connectionsBefore,
                        (System.nanoTime() - start) / 1e9);
            } finally {
                stub.setLatencyMillis(0);
            }
        }
    }

    /** Lets the threads of closed clients end before the next contender's threads are counted. */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(1_000);
    }

    private static void print(Settings settings, List<Figures> figures, List<LatencyBound> bound, Crowd crowd,
                              StubGraphServer stub, String loadBefore) {
        Figures floor = figures.stream().filter(f -> f.name.equals(FLOOR)).findFirst().orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n## Run%n%n"));
        out.append(String.format(Locale.ROOT, "- date: %s%n",
                OffsetDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16)));
        out.append(String.format(Locale.ROOT, "- machine: %d CPUs (%s %s), %s %s, max heap %d MiB, JVM flags %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getRuntimeMXBean().getInputArguments()));
        int commonPool = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
        out.append(String.format(Locale.ROOT, "- ForkJoinPool common pool parallelism %d: CompletableFuture's default "
                                              + "executor, which JDK 17's HttpClient.sendAsync uses once per call, %s%n",
                commonPool, commonPool > 1 || Runtime.version().feature() >= 25 ? "is the common pool"
                        : "starts a new thread per task"));
        out.append(String.format(Locale.ROOT, "- load average before the run: %s%n", loadBefore));
        out.append(String.format(Locale.ROOT,
                "- mode: %s; %d round(s) of %.1f s per figure and contender, after %,d warm-up calls each; "
                                              + "stub answered %,d calls, rejected %,d%n",
                settings.quick() ? "quick" : "full", settings.rounds(), settings.seconds(),
                settings.warmupCalls(), stub.requestsAnswered(), stub.requestsRejected()));

        out.append(String.format(Locale.ROOT, "%n## Loopback stub, no added latency%n%n"));
        out.append("| contender | p50 µs (c1) | p99 µs (c1) | calls/s c16 | calls/s c64 | CPU µs/call (c16) "
                   + "| KB allocated/call (c16) | connections opened (per 10k calls) | failed calls |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures) {
            out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %,.0f | %,.0f | %.0f | %.1f | %d (%.1f) | %d |%n",
                    f.name, f.p(0.5), f.p(0.99), median(f.c16), median(f.c64), f.cpuMicrosPerCall(), f.kbPerCall(),
                    f.connections, f.connectionsPer10k(), f.errors));
        }

        out.append(String.format(Locale.ROOT, "%n## Ratios to %s (latency, CPU, allocation: lower is better; "
                                              + "throughput: higher is better)%n%n", FLOOR));
        out.append("| contender | p50 | p99 | calls/s c16 | calls/s c64 | CPU/call | bytes/call |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× | %.2f× |%n", f.name,
                    f.p(0.5) / floor.p(0.5), f.p(0.99) / floor.p(0.99), median(f.c16) / median(floor.c16),
                    median(f.c64) / median(floor.c64), f.cpuMicrosPerCall() / floor.cpuMicrosPerCall(),
                    f.kbPerCall() / floor.kbPerCall()));
        }

        double ideal = (double) LATENCY_BOUND_CALLS / LATENCY_BOUND_IN_FLIGHT * LATENCY_BOUND_MILLIS / 1000;
        out.append(String.format(Locale.ROOT, "%n## Latency-bound: %,d calls, %d ms stub, %d in flight "
                                              + "(ideal %.2f s)%n%n",
                LATENCY_BOUND_CALLS, LATENCY_BOUND_MILLIS, LATENCY_BOUND_IN_FLIGHT, ideal));
        out.append("| contender | driven by | wall s | wall / ideal | peak live threads (JVM) | live before "
                   + "| threads added | connections opened | failed calls |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LatencyBound b : bound) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f× | %d | %d | %d | %d | %d |%n", b.name,
                    b.drivenBy, b.wallSeconds, b.wallSeconds / ideal, b.peakLive, b.liveBefore, b.threadsAdded(),
                    b.connections, b.errors));
        }

        if (crowd != null) {
            out.append(String.format(Locale.ROOT, "%n## %,d calls in flight at once through the component (%d ms "
                                                  + "stub, maxConnectionsPerHost %d)%n%n",
                    CROWD_CALLS, LATENCY_BOUND_MILLIS, COMPONENT_POOL));
            out.append("| completed | failed | connections opened | wall s |\n|---:|---:|---:|---:|\n");
            out.append(String.format(Locale.ROOT, "| %,d | %d | %d | %.2f |%n", crowd.completed(), crowd.errors(),
                    crowd.connections(), crowd.wallSeconds()));
        }
        Figures camelHttp = figures.stream().filter(f -> f.name.equals(CAMEL_HTTP)).findFirst().orElse(null);
        if (figures.get(0).name.equals(COMPONENT) && camelHttp != null) {
            targets(out, figures.get(0), floor, camelHttp, bound.get(0), crowd, ideal);
        }
        if (settings.threads()) {
            out.append(String.format(Locale.ROOT, "%n## CPU µs per call by kind of thread (c16)%n%n"));
            for (Figures f : figures) {
                out.append("- ").append(f.name).append(": ");
                f.cpuByThreadKind.entrySet().stream()
                        .sorted(Map.Entry.<String, Long> comparingByValue().reversed())
                        .filter(e -> e.getValue() / 1e3 / f.usageCalls >= 1)
                        .forEach(e -> out.append(String.format(Locale.ROOT, "%s %.0f; ", e.getKey(),
                                e.getValue() / 1e3 / f.usageCalls)));
                long named = f.cpuByThreadKind.values().stream().mapToLong(Long::longValue).sum();
                out.append(String.format(Locale.ROOT, "other (GC, JIT, ended threads) %.0f%n",
                        (f.usage.cpuNanos() - named) / 1e3 / f.usageCalls));
            }
        }
        for (Figures f : figures) {
            if (f.usage.threadsEnded() > 0 || f.usage.threadsStarted() * 100 >= f.usageCalls) {
                out.append(String.format(Locale.ROOT, "%nNote: %,d thread(s) started (%.2f per call) and %d of the "
                                                      + "threads there before ended during %s's c16 runs: a thread that "
                                                      + "ended there took its allocations with it, so its KB/call is a "
                                                      + "lower bound.%n",
                        f.usage.threadsStarted(), (double) f.usage.threadsStarted() / f.usageCalls,
                        f.usage.threadsEnded(), f.name));
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    private static void targets(StringBuilder out, Figures component, Figures floor, Figures camelHttp,
                                LatencyBound componentBound, Crowd crowd, double ideal) {
        out.append(String.format(Locale.ROOT, "%n## Targets (whatsapp-admin component)%n%n"));
        out.append("| target | measured | verdict |\n|---|---:|---|\n");
        double p50 = component.p(0.5) / floor.p(0.5);
        double c64 = median(component.c64) / median(floor.c64);
        double c64Route = median(component.c64) / median(camelHttp.c64);
        double cpu = component.cpuMicrosPerCall() / camelHttp.cpuMicrosPerCall();
        double wall = componentBound.wallSeconds / ideal;
        target(out, "p50 latency at c1 ≤ 1.5× " + FLOOR, ratio(p50), p50 <= 1.5);
        target(out, "throughput at c64 ≥ 0.75× " + FLOOR, ratio(c64), c64 >= 0.75);
        target(out, "throughput at c64 ≥ 1.5× " + CAMEL_HTTP, ratio(c64Route), c64Route >= 1.5);
        target(out, "CPU per call ≤ 0.75× " + CAMEL_HTTP, ratio(cpu), cpu <= 0.75);
        target(out, "latency-bound wall ≤ 1.10× ideal", ratio(wall), wall <= 1.10);
        target(out, "latency-bound: ≤ 16 JVM threads above the baseline", String.valueOf(componentBound.threadsAdded()),
                componentBound.threadsAdded() <= 16);
        if (crowd != null) {
            target(out, String.format(Locale.ROOT, "%,d in flight: connections opened ≤ maxConnectionsPerHost (%d)",
                    CROWD_CALLS, COMPONENT_POOL), String.valueOf(crowd.connections()),
                    crowd.connections() <= COMPONENT_POOL);
            target(out, String.format(Locale.ROOT, "%,d in flight: all complete", CROWD_CALLS),
                    String.format(Locale.ROOT, "%,d of %,d", crowd.completed(), CROWD_CALLS),
                    crowd.completed() == CROWD_CALLS);
        }
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    private static void target(StringBuilder out, String target, String measured, boolean met) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "met" : "MISSED")
                .append(" |\n");
    }

    /** The 1-minute load average, to tell a quiet run from one that shared the CPUs with other work. */
    private static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
