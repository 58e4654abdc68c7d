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
package io.github.whatsappadmin.examples.offboarding;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.whatsappadmin.simulator.GraphApiSimulator;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * How fast the job goes with the file journal, and with the shared journal on 1 and 3 instances, against the
 * simulator on loopback with a fixed latency per answer and a PostgreSQL of its own: a measurement, not a test (see
 * docs/performance.md for how to run it). Each instance runs in this JVM with its own CamelContext, as separate
 * processes would; the time is from the start of the first instance to the end of the last, start-up included,
 * after one run that is not reported (class loading, JIT).
 * <p>
 * Arguments: numbers per run (default 200), then latencies in milliseconds (default 0 and 100).
 */
public final class ManyInstancesThroughput {

    private static final String ACCOUNT = "102290129340398";
    private static final String TOKEN = "EAAthroughput-token";

    private ManyInstancesThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Integer> latencies = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            latencies.add(Integer.parseInt(args[i]));
        }
        if (latencies.isEmpty()) {
            latencies = List.of(0, 100);
        }
        Path dir = Files.createTempDirectory("offboarding-throughput");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             GraphApiSimulator graph = GraphApiSimulator.create().start()) {
            graph.token(TOKEN);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            System.out.println("| journal | instances | latency per answer | numbers | time | numbers/s |");
            System.out.println("|---|---|---|---|---|---|");
            int run = 0;
            // a first run, not reported: class loading and the JIT would otherwise be charged to the first figure
            instance(graph, List.of("--live", "--input", input(graph, dir.resolve("warm-up.csv"), 106900000000000L,
                    count).toString(), "--report-dir", dir.resolve("warm-up").toString()));
            for (int latency : latencies) {
                graph.faults().latency(Duration.ofMillis(latency));
                for (int instances : new int[] {0, 1, 3}) { // 0: the file journal, one instance
                    run++;
                    Path input = input(graph, dir.resolve("run" + run + ".csv"), 107000000000000L + run * 100_000L,
                            count);
                    long started = System.nanoTime();
                    List<CompletableFuture<Integer>> runs = new ArrayList<>();
                    for (int i = 0; i < Math.max(1, instances); i++) {
                        List<String> command = new ArrayList<>(List.of("--live", "--input", input.toString(),
                                "--report-dir", dir.resolve("run" + run + "-" + i).toString()));
                        if (instances > 0) {
                            command.addAll(List.of("--journal", url, "--journal-prefix", "run" + run + "_"));
                        }
                        runs.add(CompletableFuture.supplyAsync(() -> instance(graph, command)));
                    }
                    for (CompletableFuture<Integer> r : runs) {
                        if (r.get() != 0) {
                            throw new IllegalStateException("an instance ended with exit code " + r.get());
                        }
                    }
                    double seconds = (System.nanoTime() - started) / 1e9;
                    System.out.println(String.format(Locale.ROOT, "| %s | %d | %d ms | %,d | %.1f s | %.1f |",
                            instances == 0 ? "file" : "PostgreSQL", Math.max(1, instances), latency, count, seconds,
                            count / seconds));
                }
            }
        }
    }

    private static Path input(GraphApiSimulator graph, Path file, long first, int count) throws Exception {
        graph.account(ACCOUNT).phoneNumbers(String.valueOf(first), count, PhoneNumberState.REGISTERED);
        StringBuilder csv = new StringBuilder("phone_number_id,account\n");
        for (int i = 0; i < count; i++) {
            csv.append(first + i).append(',').append(ACCOUNT).append('\n');
        }
        return Files.writeString(file, csv);
    }

    private static int instance(GraphApiSimulator graph, List<String> args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new OffboardingApp(Map.of("WHATSAPP_ACCESS_TOKEN", TOKEN, SharedJournalSource.USER_VARIABLE,
                "postgres"), quiet, quiet, false, graph.baseUrl()).run(args.toArray(String[]::new));
    }
}
