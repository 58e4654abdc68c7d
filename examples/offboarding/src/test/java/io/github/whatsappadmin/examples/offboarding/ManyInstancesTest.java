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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import io.github.whatsappadmin.simulator.JournalEntry;
import io.github.whatsappadmin.simulator.PhoneNumberState;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job on many instances, as users start it: the same command and input on each, {@code --journal} naming one
 * PostgreSQL (started by the build), {@code --live} sent to the simulator on loopback. Each test has its own numbers
 * (the registration budget they share lives in the same database for every test) and its own journal tables.
 */
class ManyInstancesTest {

    private static final String ACCOUNT = "102290129340398";
    private static final AtomicInteger TESTS = new AtomicInteger();

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

    private static EmbeddedPostgres postgres;

    @TempDir
    Path dir;

    private String prefix;
    private List<String> numbers;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void ownTablesAndNumbers() {
        int test = TESTS.incrementAndGet();
        prefix = "job" + test + "_";
        numbers = new ArrayList<>();
        long first = 106540000000000L + test * 1000L;
        for (int i = 0; i < 60; i++) {
            numbers.add(String.valueOf(first + i));
        }
        graph.account(ACCOUNT).phoneNumbers(numbers.get(0), numbers.size(), PhoneNumberState.REGISTERED);
    }

    private static String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private static Map<String, String> environment(String token) {
        graph.token(token);
        return Map.of("WHATSAPP_ACCESS_TOKEN", token, SharedJournalSource.USER_VARIABLE, "postgres");
    }

    /** The input every instance is given, written once. */
    private Path input() throws Exception {
        Path input = dir.resolve("numbers.csv");
        if (!Files.exists(input)) {
            Files.writeString(input, "phone_number_id,account\n" + String.join("," + ACCOUNT + "\n", numbers) + ","
                                     + ACCOUNT + "\n");
        }
        return input;
    }

    private String[] args(String instance, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--live", "--input", input().toString(), "--report-dir",
                dir.resolve(instance).toString(), "--journal", url(), "--journal-prefix", prefix));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** One instance in this JVM, with its own CamelContext; its console in {@code out}. */
    private static int run(Map<String, String> environment, ByteArrayOutputStream out, String... args) {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new OffboardingApp(environment, print, print, false, graph.baseUrl()).run(args);
    }

    private static List<JournalEntry> deregisters(String phoneNumberId) {
        return graph.journal().forPhoneNumber(phoneNumberId).stream()
                .filter(e -> e.method().equals("POST") && e.path().endsWith("/deregister")).toList();
    }

    private static long deregistersSentWith(String token) {
        return graph.journal().entries().stream()
                .filter(e -> e.path().endsWith("/deregister") && e.sentToken(token)).count();
    }

    /** Rows per phone number of a query that selects phone_number_id, one row per result or attempt. */
    private Map<String, Integer> countPerNumber(String table) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT phone_number_id FROM " + table);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.merge(rows.getString(1), 1, Integer::sum);
            }
        }
        counts.keySet().retainAll(numbers);
        return counts;
    }

    private static List<String> reportOutcomes(Path reportDir) throws Exception {
        return Files.readAllLines(reportDir.resolve(ReportWriter.CSV)).stream().skip(1)
                .map(line -> line.split(",")[3]).toList();
    }

    @Test
    void threeInstancesOnOneInputSplitItAndSendEachNumberOnce() throws Exception {
        graph.faults().latency(Duration.ofMillis(100));
        List<String> tokens = List.of("EAAinstance-one-token", "EAAinstance-two-token", "EAAinstance-three-token");
        List<ByteArrayOutputStream> consoles = new ArrayList<>();
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            consoles.add(console);
            Map<String, String> environment = environment(tokens.get(i));
            String[] args = args("instance-" + i);
            runs.add(CompletableFuture.supplyAsync(() -> run(environment, console, args)));
        }

        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).get(2, TimeUnit.MINUTES)).as(consoles.get(i).toString(StandardCharsets.UTF_8))
                    .isZero();
        }
        for (String number : numbers) {
            assertThat(deregisters(number)).as(number).hasSize(1);
            assertThat(graph.budgetUsed(number)).isLessThanOrEqualTo(10);
        }
        assertThat(tokens.stream().mapToLong(ManyInstancesTest::deregistersSentWith).sum()).isEqualTo(numbers.size());
        assertThat(countPerNumber(prefix + "result")).hasSize(numbers.size())
                .allSatisfy((n, results) -> assertThat(results).isOne());
        // the allowance was counted in the shared store, once per request sent
        assertThat(countPerNumber("whatsapp_admin_budget_attempt")).hasSize(numbers.size())
                .allSatisfy((n, attempts) -> assertThat(attempts).isOne());
        // every instance waited for the others and reports every number
        for (int i = 0; i < tokens.size(); i++) {
            assertThat(reportOutcomes(dir.resolve("instance-" + i))).hasSize(numbers.size())
                    .containsOnly("deregistered");
        }

        // one started afterwards writes the same report from the shared journal and sends nothing
        graph.journal().clear();
        ByteArrayOutputStream late = new ByteArrayOutputStream();
        assertThat(run(environment(tokens.get(0)), late, args("late"))).isZero();
        assertThat(graph.journal().entries()).isEmpty();
        assertThat(late.toString(StandardCharsets.UTF_8)).contains("Resuming from the shared journal " + url()
                                                                   + " (tables " + prefix + "origin, ")
                .contains("60 of 60 numbers are settled there");
        assertThat(reportOutcomes(dir.resolve("late"))).hasSize(numbers.size()).containsOnly("deregistered");
    }

    @Test
    void anInstanceKilledMidRunHasItsNumbersTakenOverAfterTheLeaseAndNoneIsSentTwiceWhileALeaseLasts()
            throws Exception {
        graph.faults().latency(Duration.ofMillis(300));
        Duration lease = Duration.ofSeconds(4);
        String victimToken = "EAAinstance-victim-token";
        // all three at once; the victim dies with its first deregister in flight, long before the work is done
        Process victim = start("victim", victimToken, lease);
        List<Process> survivors = List.of(start("one", "EAAinstance-one-token", lease),
                start("two", "EAAinstance-two-token", lease));
        try {
            await(() -> deregistersSentWith(victimToken) >= 1, "a deregister of the victim in flight");
            victim.destroyForcibly(); // SIGKILL: no shutdown hook, nothing released
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Map<String, Instant> victimLeases = openClaimsOf(victim.pid());

            for (int i = 0; i < survivors.size(); i++) {
                assertThat(survivors.get(i).waitFor(3, TimeUnit.MINUTES)).isTrue();
                assertThat(survivors.get(i).exitValue()).as(Files.readString(dir.resolve(List.of("one", "two")
                        .get(i) + ".log"))).isZero();
            }

            assertThat(victimLeases.keySet()).as("numbers the victim held when it died, one of them sent")
                    .anyMatch(n -> deregisters(n).stream().anyMatch(e -> e.sentToken(victimToken)));
            Map<String, Integer> results = countPerNumber(prefix + "result");
            assertThat(results).as("every number ends exactly once in the journal").hasSize(numbers.size())
                    .allSatisfy((n, count) -> assertThat(count).as(n).isOne());
            Map<String, Integer> budget = countPerNumber("whatsapp_admin_budget_attempt");
            for (String number : numbers) {
                List<JournalEntry> sentFor = deregisters(number);
                assertThat(sentFor).as(number).isNotEmpty().hasSizeLessThanOrEqualTo(2);
                if (sentFor.size() == 2) {
                    // the victim's call reached Graph; the taker-over sent only once the victim's lease was over
                    assertThat(victimLeases).containsKey(number);
                    assertThat(sentFor.get(0).sentToken(victimToken)).isTrue();
                    assertThat(sentFor.get(1).receivedAt()).isAfterOrEqualTo(victimLeases.get(number));
                }
                assertThat(graph.budgetUsed(number)).isLessThanOrEqualTo(10);
                assertThat(budget.getOrDefault(number, 0)).as("counted before sending").isGreaterThanOrEqualTo(
                        sentFor.size());
            }
            for (String taken : victimLeases.keySet()) {
                boolean reachedGraph = deregisters(taken).stream().anyMatch(e -> e.sentToken(victimToken));
                String expected = reachedGraph ? "already-deregistered" : "deregistered";
                for (String survivor : List.of("one", "two")) {
                    assertThat(Files.readAllLines(dir.resolve(survivor).resolve(ReportWriter.CSV)))
                            .anyMatch(line -> line.startsWith(taken + ",") && line.split(",")[3].equals(expected));
                }
            }
            for (String survivor : List.of("one", "two")) {
                assertThat(reportOutcomes(dir.resolve(survivor))).hasSize(numbers.size())
                        .containsOnly("deregistered", "already-deregistered");
            }
        } finally {
            victim.destroyForcibly();
            survivors.forEach(Process::destroyForcibly);
        }
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // without the limit, the run would wait out the other's lease: 1 h
    void aNumberAnotherInstanceHoldsIsNotSentWhileItsLeaseLastsAndLimitDoesNotWaitForIt() throws Exception {
        JournalOrigin live = new JournalOrigin(JournalOrigin.LIVE, graph.baseUrl(), "v23.0", JobVersion.VERSION,
                Instant.now().toString());
        try (SharedJournal other = SharedJournal.open(postgres.getPostgresDatabase(), new JournalTables(prefix),
                "other", Duration.ofHours(1), Clock.systemUTC(), live)) {
            assertThat(other.claim(numbers.get(0)).granted()).isTrue();
            ByteArrayOutputStream console = new ByteArrayOutputStream();

            assertThat(run(environment("EAAinstance-one-token"), console, args("limited", "--limit", "3")))
                    .as(console.toString(StandardCharsets.UTF_8)).isEqualTo(1);

            assertThat(deregisters(numbers.get(0))).isEmpty();
            assertThat(numbers.subList(1, 4)).allSatisfy(n -> assertThat(deregisters(n)).hasSize(1));
            assertThat(graph.journal().entries()).filteredOn(e -> e.path().endsWith("/deregister")).hasSize(3);
            assertThat(graph.journal().forPhoneNumber(numbers.get(0))).as("not even read").isEmpty();
            List<String> outcomes = reportOutcomes(dir.resolve("limited"));
            assertThat(outcomes.get(0)).isEqualTo("pending");
            assertThat(outcomes).filteredOn("deregistered"::equals).hasSize(3);
            assertThat(outcomes).filteredOn("pending"::equals).hasSize(numbers.size() - 3);
        }
    }

    @Test
    void aPasswordInTheJournalUrlIsRefusedWithoutRepeatingItAndNothingIsSent() throws Exception {
        for (String url : List.of(url() + "?user=postgres&password=s3cret-pw", url() + "?sslpassword=s3cret-pw",
                "jdbc:postgresql://postgres:s3cret-pw@localhost:" + postgres.getPort() + "/postgres")) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            String[] args = args("refused");
            args[args.length - 3] = url;

            assertThat(run(environment("EAAinstance-one-token"), console, args)).isEqualTo(2);
            assertThat(console.toString(StandardCharsets.UTF_8)).isEqualTo("offboarding: --journal: the URL holds a"
                                                                           + " password; a command line is seen by"
                                                                           + " every user of the machine and kept in"
                                                                           + " shell histories. Remove it from the"
                                                                           + " URL and set the environment variables"
                                                                           + " OFFBOARDING_DB_USER and"
                                                                           + " OFFBOARDING_DB_PASSWORD instead."
                                                                           + " Nothing was sent.\n");
        }
        assertThat(graph.journal().entries()).isEmpty();
        assertThat(dir.resolve("refused")).doesNotExist();
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorBeforeAnythingIsSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres";
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        String[] args = args("unreachable");
        args[args.length - 3] = unreachable;

        assertThat(run(environment("EAAinstance-one-token"), console, args)).isEqualTo(2);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("offboarding: the shared journal " + unreachable
                                                                      + " (tables " + prefix + "origin, " + prefix
                                                                      + "claim and " + prefix + "result) cannot be"
                                                                      + " reached: Connection to 127.0.0.1:"
                                                                      + closedPort + " refused")
                .endsWith("Nothing was sent.\n");
        assertThat(graph.journal().entries()).isEmpty();
        assertThat(dir.resolve("unreachable")).doesNotExist();
    }

    @Test
    void aLiveRunRefusesTheSharedJournalOfADemoRunAndSendsNothing() throws Exception {
        ByteArrayOutputStream demo = new ByteArrayOutputStream();
        assertThat(run(Map.of(SharedJournalSource.USER_VARIABLE, "postgres"), demo, "--input", input().toString(),
                "--report-dir", dir.resolve("demo").toString(), "--journal", url(), "--journal-prefix", prefix))
                .as(demo.toString(StandardCharsets.UTF_8)).isZero();

        ByteArrayOutputStream live = new ByteArrayOutputStream();
        assertThat(run(environment("EAAinstance-one-token"), live, args("live"))).isEqualTo(2);
        assertThat(live.toString(StandardCharsets.UTF_8)).contains("offboarding: the shared journal " + url()
                                                                   + " (tables " + prefix + "origin, ",
                "was written by a demo run against the embedded simulator with v23.0; this is a live run against "
                                                                                                        + graph.baseUrl()
                                                                                                        + " with v23.0",
                "nothing was sent", "Use another --journal-prefix");
        assertThat(graph.journal().entries()).isEmpty();
        assertThat(countPerNumber(prefix + "result")).hasSize(numbers.size());
    }

    @Test
    void theSharedJournalsOptionsAreCheckedBeforeAnythingIsSent() throws Exception {
        Map<List<String>, String> refusals = Map.of(
                List.of("--lease", "2m"), "--lease and --journal-prefix are for the shared journal: give --journal"
                                          + " jdbc:postgresql://host:port/database too. Nothing was sent.",
                List.of("--journal", "journal.ndjson"), "--journal 'journal.ndjson': give a PostgreSQL JDBC URL,"
                                                        + " jdbc:postgresql://host:port/database (without --journal"
                                                        + " the journal is journal.ndjson in --report-dir). Nothing"
                                                        + " was sent.",
                List.of("--journal", url(), "--journal-prefix", "ops-2025"), "--journal-prefix 'ops-2025' is not a"
                                                                             + " plain SQL name",
                List.of("--journal", url(), "--lease", "500ms"), "--lease '500ms': give a lease from 1s to 24h",
                List.of("--journal", url(), "--plan"), "--plan reads the file journal of --report-dir only, not the"
                                                       + " shared journal: run the plan without --journal.");
        for (Map.Entry<List<String>, String> refusal : refusals.entrySet()) {
            ByteArrayOutputStream console = new ByteArrayOutputStream();
            List<String> args = new ArrayList<>(List.of("--live", "--input", input().toString()));
            args.addAll(refusal.getKey());

            assertThat(run(environment("EAAinstance-one-token"), console, args.toArray(String[]::new)))
                    .isEqualTo(2);
            assertThat(console.toString(StandardCharsets.UTF_8)).startsWith("offboarding: " + refusal.getValue());
        }
        assertThat(graph.journal().entries()).isEmpty();
    }

    @Test
    void theStatementsOfTheRunningAtScalePageWorkAsWritten() throws Exception {
        Path page = Path.of(System.getProperty("basedir", ".")).resolve("../../docs/running-at-scale.md").normalize();
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("```postgresql\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(page));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).as("the claim, the DDL, the operator's queries").hasSize(3);
        // the claim the page shows is the one the journal runs
        assertThat(sql(blocks.get(0).replaceAll("--[^\\n]*", "")))
                .isEqualTo(sql(new JournalTables(JournalTables.DEFAULT_PREFIX).claimNumber));

        String database = "doc" + TESTS.get();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
        execute(postgres.getDatabase("postgres", database), blocks.get(1));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("--live", "--input", input().toString(), "--report-dir",
                dir.resolve("doc").toString(), "--journal", url));
        assertThat(run(environment("EAAinstance-one-token"), console, args.toArray(String[]::new)))
                .as(console.toString(StandardCharsets.UTF_8)).isZero();

        String[] queries = blocks.get(2).split(";");
        try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet byOutcome = statement.executeQuery(queries[0])) {
                assertThat(byOutcome.next()).isTrue();
                assertThat(byOutcome.getString(1)).isEqualTo("deregistered");
                assertThat(byOutcome.getInt(2)).isEqualTo(numbers.size());
                assertThat(byOutcome.next()).isFalse();
            }
            try (ResultSet inFlight = statement.executeQuery(queries[1])) {
                assertThat(inFlight.next()).isFalse();
            }
        }
    }

    /** SQL text with its spacing made uniform, to compare statements. */
    private static String sql(String text) {
        return text.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip();
    }

    private static void execute(DataSource dataSource, String script) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sqlStatement : script.split(";")) {
                if (!sqlStatement.isBlank()) {
                    statement.execute(sqlStatement);
                }
            }
        }
    }

    /** An instance in a JVM of its own, its console in a file of the test's directory. */
    private Process start(String name, String token, Duration lease) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                OffboardingInstance.class.getName(), graph.baseUrl()));
        command.addAll(List.of(args(name, "--lease", lease.toSeconds() + "s")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().putAll(environment(token));
        return builder.start();
    }

    /** The numbers an instance holds without a result, and until when. */
    private Map<String, Instant> openClaimsOf(long pid) throws Exception {
        Map<String, Instant> leases = new HashMap<>();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT phone_number_id, lease_until FROM "
                                                                    + prefix + "claim WHERE claimed_by LIKE ?"
                                                                    + " AND completed_at IS NULL")) {
            select.setString(1, pid + "@%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    leases.put(rows.getString(1), rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
        }
        return leases;
    }

    /** Waits on the simulator's journal (what the instances sent), not on the clock. */
    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(5);
        }
    }
}
