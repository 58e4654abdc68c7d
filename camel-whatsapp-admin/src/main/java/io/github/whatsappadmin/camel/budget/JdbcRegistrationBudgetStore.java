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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registration budget in a database that several nodes share, on any {@link DataSource} (PostgreSQL and H2 are
 * tested). Each decision is one short transaction that locks the phone number's row in {@code <prefix>budget_lock}
 * ({@code SELECT ... FOR UPDATE}), so nodes racing for the last slot of a number take turns and exactly one gets it,
 * while different numbers never wait for each other. An attempt is committed before the call is sent: a node that dies
 * after that leaves it counted, which errs on the safe side.
 * <p>
 * The tables (DDL in docs/running-at-scale.md) are created on first use when {@link #setCreateTable(boolean)} allows.
 * Expired attempts are deleted at most once per {@link #SWEEP_INTERVAL} per store. Time comes from the store's
 * {@link Clock}, at microsecond resolution: keep the nodes' clocks synchronised (NTP), as a clock that runs behind
 * grants an attempt up to its lag early.
 * <p>
 * A bean: construct it with a DataSource, or with no arguments and set {@code dataSource}, {@code tablePrefix} and
 * {@code createTable} before its first use.
 */
public class JdbcRegistrationBudgetStore implements WhatsAppRegistrationBudgetStore {

    /** How often, at most, a decision also deletes the expired attempts of every number. */
    public static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(JdbcRegistrationBudgetStore.class);
    /** A lock row is inserted once per number; this many tries cover a concurrent first insert. */
    private static final int LOCK_ROW_TRIES = 3;

    private final Clock clock;
    private final AtomicReference<Instant> nextSweep = new AtomicReference<>(Instant.MIN);
    private volatile DataSource dataSource;
    private volatile BudgetTables tables = new BudgetTables(BudgetTables.DEFAULT_PREFIX);
    private volatile boolean createTable;
    private volatile boolean tablesReady;
    /** Whether the DataSource is PostgreSQL, learnt from its first connection. */
    private volatile Boolean postgres;

    public JdbcRegistrationBudgetStore() {
        this(null, Clock.systemUTC());
    }

    public JdbcRegistrationBudgetStore(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    public JdbcRegistrationBudgetStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DataSource getDataSource() {
        return dataSource;
    }

    /** The database that holds the budget; every node that shares the allowance points at the same one. */
    public void setDataSource(DataSource dataSource) {
        this.dataSource = dataSource;
        this.postgres = null;
        this.tablesReady = false;
    }

    public String getTablePrefix() {
        return tables.prefix;
    }

    /**
     * Prefix of the two table names ({@code <prefix>budget_lock}, {@code <prefix>budget_attempt}); default
     * {@code whatsapp_admin_}. Letters, digits and {@code _} only.
     */
    public void setTablePrefix(String tablePrefix) {
        this.tables = new BudgetTables(tablePrefix);
        this.tablesReady = false;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    /** Whether the store creates its tables and indexes on first use when they do not exist; default false. */
    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
        this.tablesReady = false;
    }

    @Override
    public Decision tryAcquire(String phoneNumberId, int budget, Duration window) {
        BudgetArguments.check(phoneNumberId, budget, window);
        BudgetTables t = ready();
        Decision decision = inTransaction(t, phoneNumberId, "decide", connection -> {
            lockNumber(connection, t, phoneNumberId);
            // Read after the lock is held: under READ COMMITTED this sees every attempt committed before it.
            Instant now = now();
            List<Instant> inWindow = attemptsSince(connection, t, phoneNumberId, now.minus(window));
            if (inWindow.size() >= budget) {
                Instant freesAt = inWindow.get(inWindow.size() - budget).plus(window);
                return new Refused(phoneNumberId, budget, window, now, freesAt);
            }
            String attemptId = UUID.randomUUID().toString();
            try (PreparedStatement insert = connection.prepareStatement(t.insertAttempt)) {
                insert.setString(1, attemptId);
                insert.setString(2, phoneNumberId);
                insert.setObject(3, timestamp(now));
                insert.setObject(4, timestamp(now.plus(window)));
                insert.executeUpdate();
            }
            return new Granted(phoneNumberId, attemptId, now, budget - inWindow.size() - 1);
        });
        sweepIfDue(t);
        return decision;
    }

    @Override
    public void release(Granted attempt) {
        Objects.requireNonNull(attempt, "attempt");
        BudgetTables t = ready();
        inTransaction(t, attempt.phoneNumberId(), "release an attempt", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(t.deleteAttempt)) {
                delete.setString(1, attempt.attemptId());
                delete.setString(2, attempt.phoneNumberId());
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Holds the number's lock row until the transaction ends, inserting the row the first time a number is seen. */
    private static void lockNumber(Connection connection, BudgetTables t, String phoneNumberId) throws SQLException {
        for (int tries = 1;; tries++) {
            try (PreparedStatement select = connection.prepareStatement(t.selectLock)) {
                select.setString(1, phoneNumberId);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return;
                    }
                }
            }
            // The inserted row is ours, locked, until commit. When another node inserts it at the same time, one of
            // the two fails on the primary key: back to the savepoint and wait on the row it inserted.
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement(t.insertLock)) {
                insert.setString(1, phoneNumberId);
                insert.executeUpdate();
                return;
            } catch (SQLException e) {
                connection.rollback(beforeInsert);
                if (tries == LOCK_ROW_TRIES || !isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static List<Instant> attemptsSince(Connection connection, BudgetTables t, String phoneNumberId,
                                               Instant cutoff) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(t.selectAttempts)) {
            select.setString(1, phoneNumberId);
            select.setObject(2, timestamp(cutoff));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getObject(1, OffsetDateTime.class).toInstant());
                }
            }
        }
        return times;
    }

    /** Housekeeping, outside any decision: a failure here costs only space, so it is logged, not thrown. */
    private void sweepIfDue(BudgetTables t) {
        Instant now = now();
        Instant due = nextSweep.get();
        if (now.isBefore(due) || !nextSweep.compareAndSet(due, now.plus(SWEEP_INTERVAL))) {
            return;
        }
        try {
            int deleted = autoCommitted(connection -> {
                try (PreparedStatement delete = connection.prepareStatement(t.deleteExpired)) {
                    delete.setObject(1, timestamp(now));
                    return delete.executeUpdate();
                }
            });
            LOG.debug("Deleted {} expired registration budget attempts from {}", deleted, t.attempt);
        } catch (SQLException e) {
            LOG.warn("Could not delete expired registration budget attempts from {} (they stay until the next"
                     + " sweep): {}", t.attempt, e.getMessage());
        }
    }

    private BudgetTables ready() {
        BudgetTables t = tables;
        if (!tablesReady && createTable) {
            synchronized (this) {
                if (!tablesReady) {
                    createTables(t);
                    tablesReady = true;
                }
            }
        }
        return t;
    }

    private void createTables(BudgetTables t) {
        // Nodes starting together race on IF NOT EXISTS, which neither PostgreSQL nor H2 makes atomic: the losers of
        // a statement fail once the winner commits it, and then find it done. One try per statement covers that.
        SQLException failed = null;
        for (int tries = 0; tries <= t.ddl.size(); tries++) {
            try {
                autoCommitted(connection -> {
                    if (!t.exist(connection)) {
                        t.create(connection);
                    }
                    return null;
                });
                return;
            } catch (SQLException e) {
                LOG.debug("Creating {} failed, another node may be creating them: {}", t, e.getMessage());
                if (failed != null) {
                    e.addSuppressed(failed);
                }
                failed = e;
            }
        }
        throw failure(t, null, "create its tables", failed);
    }

    /** Statements outside a decision's transaction (DDL, the sweep), each committed on its own. */
    private <T> T autoCommitted(Work<T> work) throws SQLException {
        try (Connection connection = connection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                return work.run(connection);
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Runs {@code work} in one transaction at READ COMMITTED, whatever the connection's default: at a higher level the
     * reads after the lock would see a snapshot taken before it was granted, and miss the attempt that the previous
     * holder just committed. PostgreSQL scopes the level to the transaction in one statement; other databases get it
     * through JDBC, set and restored only when the connection has another.
     */
    private <T> T inTransaction(BudgetTables t, String phoneNumberId, String step, Work<T> work) {
        try (Connection connection = connection()) {
            boolean autoCommit = connection.getAutoCommit();
            boolean scoped = isPostgres(connection);
            int isolation = scoped ? Connection.TRANSACTION_READ_COMMITTED : connection.getTransactionIsolation();
            try {
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                }
                connection.setAutoCommit(false);
                if (scoped) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                if (isolation != Connection.TRANSACTION_READ_COMMITTED) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException e) {
            throw failure(t, phoneNumberId, step, e);
        }
    }

    /** Asked once per DataSource: the product name is the driver's to give, without a round trip for PostgreSQL's. */
    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    private Connection connection() throws SQLException {
        DataSource source = dataSource;
        if (source == null) {
            throw new IllegalStateException("JdbcRegistrationBudgetStore has no dataSource: construct it with one,"
                                            + " or set the bean property dataSource (for example"
                                            + " dataSource=#myDataSource)");
        }
        return source.getConnection();
    }

    private Instant now() {
        // The columns keep microseconds: decide on the very instant that is stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static IllegalStateException failure(BudgetTables t, String phoneNumberId, String step, SQLException e) {
        String hint = e.getSQLState() != null && e.getSQLState().startsWith("42")
                ? " If the tables do not exist, create them with the DDL in docs/running-at-scale.md, or set"
                  + " createTable=true."
                : "";
        return new IllegalStateException("The registration budget store could not " + step
                                         + (phoneNumberId == null ? "" : " for phone number " + phoneNumberId)
                                         + " in " + t + " (SQLState " + e.getSQLState() + "): " + e.getMessage()
                                         + hint, e);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
