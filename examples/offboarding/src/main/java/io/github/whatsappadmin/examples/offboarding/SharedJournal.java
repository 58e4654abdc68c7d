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

import java.io.Closeable;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal that many instances share, in PostgreSQL: the results (one row per number and attempt to end it, the
 * last one winning, as in the file journal) and the claims. An instance sends a number only after claiming it, in one
 * atomic statement, with a lease that it renews while the number is in flight; recording the result ends the claim. A
 * claim whose lease ran out without a result (its instance died) is taken over by the next instance that asks.
 * <p>
 * Time comes from each instance's clock: keep the machines' clocks synchronised (NTP), as a clock that runs ahead takes
 * a lease over early.
 */
final class SharedJournal implements RunJournal {

    /** How often, at most, an instance asks again about a number that another instance holds. */
    static final Duration ASK_AGAIN_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(SharedJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final JournalTables tables;
    private final String name;
    private final Duration lease;
    private final Clock clock;
    private final String instance;
    /** Results of an earlier run that are due again are claimable; those recorded since this instance began are not. */
    private final Instant openedAt;
    private final Map<String, NumberResult> earlier;
    private final ScheduledExecutorService renewer;

    private SharedJournal(DataSource dataSource, JournalTables tables, String name, Duration lease, Clock clock,
                          Instant openedAt, Map<String, NumberResult> earlier) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.name = name;
        this.lease = lease;
        this.clock = clock;
        this.instance = instanceId();
        this.openedAt = openedAt;
        this.earlier = earlier;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "offboarding-lease-renewal");
            thread.setDaemon(true);
            return thread;
        });
        long every = lease.dividedBy(3).toMillis();
        renewer.scheduleWithFixedDelay(this::renewQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Opens the shared journal for a run with the given origin, creating the tables and recording the origin when they
     * are new. Refuses, before anything is sent, a journal that another mode or Graph API wrote.
     *
     * @param name what to call it in messages: the database URL without credentials, and the tables
     */
    static SharedJournal open(DataSource dataSource, JournalTables tables, String name, Duration lease, Clock clock,
                              JournalOrigin origin) throws IOException, InputException {
        Instant openedAt = now(clock);
        JournalOrigin written;
        Map<String, NumberResult> earlier = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            written = prepare(connection, tables, origin);
            if (origin.sameTargetAs(written)) {
                readLatest(connection, tables, earlier);
            }
        } catch (SQLException e) {
            throw new InputException("the shared journal " + name + " cannot be used: " + e.getMessage()
                                     + " (SQLState " + e.getSQLState() + "). Nothing was sent.");
        }
        if (!origin.sameTargetAs(written)) {
            throw new InputException("the shared journal " + name + " was written by " + written.describe()
                                     + "; this is " + origin.describe() + ". Results of one cannot stand for the"
                                     + " other, so nothing was sent. Use another --journal-prefix (or the journal's"
                                     + " mode and --api-version).");
        }
        return new SharedJournal(dataSource, tables, name, lease, clock, openedAt, earlier);
    }

    @Override
    public String describe() {
        return "the shared journal " + name;
    }

    @Override
    public Map<String, NumberResult> earlier() {
        return earlier;
    }

    @Override
    public Claim claim(String phoneNumberId) throws IOException {
        Instant now = now(clock);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement(tables.claimNumber)) {
                claim.setString(1, phoneNumberId);
                claim.setString(2, instance);
                claim.setObject(3, timestamp(now));
                claim.setObject(4, timestamp(now.plus(lease)));
                claim.setObject(5, timestamp(openedAt));
                try (ResultSet granted = claim.executeQuery()) {
                    if (granted.next()) {
                        if (granted.getInt(1) > 1) {
                            LOG.info("{}: taking over phone number {}: its lease ended without a result",
                                    instance, phoneNumberId);
                        }
                        return Claim.GRANTED;
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement(tables.selectClaim)) {
                select.setString(1, phoneNumberId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("no claim row for " + phoneNumberId + " after a refused claim");
                    }
                    if (row.getObject(1) != null && row.getString(3) != null) {
                        return Claim.done(JSON.readValue(row.getString(3), NumberResult.class));
                    }
                    Instant leaseUntil = row.getObject(2, OffsetDateTime.class).toInstant();
                    Instant soon = now.plus(ASK_AGAIN_EVERY);
                    return Claim.heldUntil(leaseUntil.isBefore(soon) ? leaseUntil : soon);
                }
            }
        } catch (SQLException e) {
            throw new IOException("the shared journal " + name + " could not claim phone number " + phoneNumberId
                                  + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
        }
    }

    @Override
    public void append(NumberResult result) throws IOException {
        Instant now = now(clock);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement(tables.insertResult)) {
                    insert.setString(1, result.phoneNumberId());
                    insert.setString(2, instance);
                    insert.setObject(3, timestamp(now));
                    insert.setString(4, result.outcome().toString());
                    insert.setString(5, JSON.writeValueAsString(result));
                    insert.executeUpdate();
                }
                int completed;
                try (PreparedStatement complete = connection.prepareStatement(tables.completeClaim)) {
                    complete.setObject(1, timestamp(now));
                    complete.setObject(2, retryFrom(result, now));
                    complete.setString(3, result.phoneNumberId());
                    complete.setString(4, instance);
                    completed = complete.executeUpdate();
                }
                connection.commit();
                if (completed == 0) {
                    // Paused past the lease (a long GC, a lost network): another instance may have sent it too.
                    LOG.warn("{}: the lease on phone number {} ended before its result was recorded; another"
                             + " instance may have taken it over", instance, result.phoneNumberId());
                }
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("the shared journal " + name + " could not record the result of phone number "
                                  + result.phoneNumberId() + ": " + e.getMessage() + " (SQLState " + e.getSQLState()
                                  + ")", e);
        }
    }

    /** Pushes the lease of every number this instance holds to a full lease from now. */
    int renewLeases() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement renew = connection.prepareStatement(tables.renewLeases)) {
            renew.setObject(1, timestamp(now(clock).plus(lease)));
            renew.setString(2, instance);
            return renew.executeUpdate();
        }
    }

    /** Who this instance is in the claim and result rows. */
    String instance() {
        return instance;
    }

    /**
     * Stops renewing, and closes the connections when they are the journal's own. Claims still held are not released:
     * as after a crash, they are taken over after the lease.
     */
    @Override
    public void close() throws IOException {
        renewer.shutdownNow();
        if (dataSource instanceof Closeable pool) {
            pool.close();
        }
    }

    private void renewQuietly() {
        try {
            renewLeases();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{}: could not renew the leases in {}: {}", instance, name, e.getMessage());
        }
    }

    private static JournalOrigin prepare(Connection connection, JournalTables tables, JournalOrigin origin)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            // PostgreSQL's IF NOT EXISTS is not atomic between sessions: instances starting together take turns here.
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, tables.lockKey());
                lock.execute();
            }
            tables.create(connection);
            try (PreparedStatement insert = connection.prepareStatement(tables.insertOrigin)) {
                insert.setString(1, origin.mode());
                insert.setString(2, origin.graphBaseUrl());
                insert.setString(3, origin.apiVersion());
                insert.setString(4, origin.jobVersion());
                insert.setString(5, origin.createdAt());
                insert.executeUpdate();
            }
            JournalOrigin written;
            try (PreparedStatement select = connection.prepareStatement(tables.selectOrigin);
                 ResultSet row = select.executeQuery()) {
                row.next();
                written = new JournalOrigin(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5));
            }
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void readLatest(Connection connection, JournalTables tables, Map<String, NumberResult> results)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(tables.selectLatestResults);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                try {
                    NumberResult result = JSON.readValue(rows.getString(1), NumberResult.class);
                    results.put(result.phoneNumberId(), result);
                } catch (JsonProcessingException e) {
                    throw new SQLException("a result row is not a result: " + e.getOriginalMessage(), e);
                }
            }
        }
    }

    /** When an earlier run's result may be sent again: as {@link NumberResult#settled}, null for never. */
    private static OffsetDateTime retryFrom(NumberResult result, Instant now) {
        if (result.outcome() != Outcome.RETRY_LATER) {
            return null;
        }
        return timestamp(result.retryNotBefore() == null ? now : Instant.parse(result.retryNotBefore()));
    }

    private static String instanceId() {
        // pid@host, and a random part for instances in one JVM
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
               + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static Instant now(Clock clock) {
        // The columns keep microseconds: decide on the very instant that is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
