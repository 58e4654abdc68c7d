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

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared journal's claims, leases and takeovers on a real PostgreSQL that the build starts itself, with a clock
 * the test moves: each journal here stands for one instance of the job. One server for the class; each test has its
 * own tables, through its own table prefix.
 */
class SharedJournalTest {

    private static final AtomicInteger TESTS = new AtomicInteger();
    /** Long, so that the background renewal never runs within a test: renewals are called by hand. */
    private static final Duration LEASE = Duration.ofHours(1);
    /** A live run's target: a standalone simulator on loopback (the journal only records it; nothing is sent). */
    private static final String LIVE_GRAPH = "http://127.0.0.1:8089";
    private static final JournalOrigin LIVE = new JournalOrigin("live", LIVE_GRAPH, "v23.0",
            "1.0.0", "2026-01-01T00:00:00Z");
    private static EmbeddedPostgres postgres;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final List<SharedJournal> opened = Collections.synchronizedList(new ArrayList<>());
    private JournalTables tables;

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
    void ownTables() throws Exception {
        tables = new JournalTables("test" + TESTS.incrementAndGet() + "_");
    }

    @AfterEach
    void closeJournals() throws Exception {
        for (SharedJournal journal : opened) {
            journal.close();
        }
    }

    /** One instance of the job, opening the journal now. */
    private SharedJournal instance() throws Exception {
        return instance(LIVE);
    }

    private SharedJournal instance(JournalOrigin origin) throws Exception {
        SharedJournal journal = SharedJournal.open(postgres.getPostgresDatabase(), tables, "test", LEASE, clock,
                origin);
        opened.add(journal);
        return journal;
    }

    private static NumberResult result(String id, Outcome outcome, String retryNotBefore) {
        return new NumberResult(id, "", "", outcome, null, null, null, null, 200, "AbCdEfGhIjK", 1, 12,
                retryNotBefore, null, null, "2026-01-01T00:00:00Z", false, List.of());
    }

    private long resultRows(String phoneNumberId) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + tables.result
                                                     + " WHERE phone_number_id = '" + phoneNumberId + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aClaimedNumberIsNotGrantedToAnotherInstanceWhileItsLeaseLasts() throws Exception {
        SharedJournal a = instance();
        SharedJournal b = instance();

        assertThat(a.claim("1001").granted()).isTrue();
        clock.advance(LEASE.minusMillis(1));

        RunJournal.Claim refused = b.claim("1001");
        assertThat(refused.granted()).isFalse();
        assertThat(refused.doneBy()).isNull();
        assertThat(refused.askAgainAt()).isAfter(clock.instant())
                .isBeforeOrEqualTo(clock.instant().plusMillis(1));
        // nor to the holder itself a second time
        assertThat(a.claim("1001").granted()).isFalse();
        // another number is free
        assertThat(b.claim("1002").granted()).isTrue();
    }

    @Test
    void aLeaseThatRanOutWithoutAResultIsTakenOverByTheNextInstanceThatAsks() throws Exception {
        SharedJournal crashed = instance();
        SharedJournal survivor = instance();
        SharedJournal late = instance();
        assertThat(crashed.claim("1001").granted()).isTrue();

        clock.advance(LEASE);

        assertThat(survivor.claim("1001").granted()).isTrue();
        // the new holder's lease counts from its claim: nobody else takes it now
        assertThat(late.claim("1001").granted()).isFalse();
        survivor.append(result("1001", Outcome.ALREADY_DEREGISTERED, null));
        assertThat(late.claim("1001").doneBy().outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
    }

    @Test
    void renewingKeepsTheLeaseAliveWhileTheCallIsInFlight() throws Exception {
        SharedJournal holder = instance();
        SharedJournal other = instance();
        assertThat(holder.claim("1001").granted()).isTrue();
        assertThat(holder.claim("1002").granted()).isTrue();
        holder.append(result("1002", Outcome.DEREGISTERED, null));

        clock.advance(LEASE.dividedBy(3).multipliedBy(2));
        assertThat(holder.renewLeases()).as("only the number still in flight").isEqualTo(1);
        clock.advance(LEASE.dividedBy(3).multipliedBy(2)); // past the first lease, within the renewed one

        assertThat(other.claim("1001").granted()).isFalse();
        clock.advance(LEASE);
        assertThat(other.claim("1001").granted()).isTrue();
    }

    @Test
    void aRecordedResultEndsTheClaimAndTheOtherInstancesTakeIt() throws Exception {
        SharedJournal a = instance();
        SharedJournal b = instance();
        assertThat(a.claim("1001").granted()).isTrue();

        a.append(result("1001", Outcome.DEREGISTERED, null));
        clock.advance(LEASE.multipliedBy(2));

        RunJournal.Claim claim = b.claim("1001");
        assertThat(claim.granted()).isFalse();
        assertThat(claim.doneBy()).isEqualTo(result("1001", Outcome.DEREGISTERED, null));
        assertThat(resultRows("1001")).isOne();
        assertThat(instance().earlier()).containsOnlyKeys("1001");
    }

    @Test
    void anInstanceThatLostItsLeaseStillRecordsWhatItDidAndTheLatestResultWins() throws Exception {
        SharedJournal paused = instance();
        SharedJournal taker = instance();
        assertThat(paused.claim("1001").granted()).isTrue();
        clock.advance(LEASE);
        assertThat(taker.claim("1001").granted()).isTrue();

        paused.append(result("1001", Outcome.DEREGISTERED, null)); // it was sent: say so
        clock.advance(Duration.ofSeconds(1));
        taker.append(result("1001", Outcome.ALREADY_DEREGISTERED, null));

        assertThat(resultRows("1001")).isEqualTo(2);
        assertThat(instance().earlier().get("1001").outcome()).isEqualTo(Outcome.ALREADY_DEREGISTERED);
    }

    @Test
    void aRetryLaterOfAnEarlierRunIsSentAgainOnceDueButNotByAnInstanceOfTheSameRun() throws Exception {
        SharedJournal first = instance();
        SharedJournal sameRun = instance();
        assertThat(first.claim("1001").granted()).isTrue();
        first.append(result("1001", Outcome.RETRY_LATER, "2026-01-01T00:00:10Z"));
        clock.advance(Duration.ofSeconds(5));
        SharedJournal nextRun = instance();

        assertThat(nextRun.earlier().get("1001").settled(clock.instant())).isTrue();
        assertThat(nextRun.claim("1001").doneBy().outcome()).isEqualTo(Outcome.RETRY_LATER);
        clock.advance(Duration.ofSeconds(5));
        // due now: the instance that started after the result may send it again, one that ran with it may not
        assertThat(sameRun.claim("1001").granted()).isFalse();
        assertThat(nextRun.claim("1001").granted()).isTrue();
        assertThat(sameRun.claim("1001").granted()).isFalse();
    }

    @Test
    void instancesRacingForTheSameNumbersGetEachOneOnce() throws Exception {
        int instances = 4;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            numbers.add(String.valueOf(2000 + i));
        }
        List<SharedJournal> journals = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            journals.add(instance());
        }
        List<String> granted = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (SharedJournal journal : journals) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (String number : numbers) {
                        if (journal.claim(number).granted()) {
                            granted.add(number);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(granted).hasSize(numbers.size()).containsExactlyInAnyOrderElementsOf(numbers);
    }

    @Test
    void aJournalOfAnotherModeOrApiVersionIsRefusedBeforeAnythingIsClaimed() throws Exception {
        SharedJournal live = instance();
        live.claim("1001");
        live.append(result("1001", Outcome.DEREGISTERED, null));

        assertThatThrownBy(() -> instance(new JournalOrigin("demo", "http://localhost:40001", "v23.0", "1.0.0",
                "2026-01-02T00:00:00Z"))).isInstanceOf(InputException.class)
                .hasMessageContaining("the shared journal test was written by a live run against"
                                      + " " + LIVE_GRAPH + " with v23.0; this is a demo run against the"
                                      + " embedded simulator with v23.0")
                .hasMessageContaining("nothing was sent");
        assertThatThrownBy(() -> instance(new JournalOrigin("live", LIVE_GRAPH, "v24.0", "1.0.0",
                "2026-01-02T00:00:00Z"))).isInstanceOf(InputException.class).hasMessageContaining("with v24.0");
        // the same origin, from another job version, is welcome
        assertThat(instance(new JournalOrigin("live", LIVE_GRAPH, "v23.0", "1.0.1",
                "2026-01-02T00:00:00Z")).earlier()).containsOnlyKeys("1001");
    }

    @Test
    void instancesOpeningANewJournalTogetherCreateItOnce() throws Exception {
        int instances = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<SharedJournal>> opening = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                opening.add(pool.submit(() -> {
                    start.await();
                    return instance();
                }));
            }
            start.countDown();
            for (Future<SharedJournal> journal : opening) {
                assertThat(journal.get().earlier()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
