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

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.budget.JdbcRegistrationBudgetStore;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shared journal's database ({@code --journal jdbc:postgresql://...}), reached with the user and password of the
 * environment: a URL that holds a password is refused, so that it never shows in a process list, a shell history or
 * a report. The registration budget store of the instances lives in the same database.
 */
final class SharedJournalSource implements JournalSource {

    static final String USER_VARIABLE = "OFFBOARDING_DB_USER";
    static final String PASSWORD_VARIABLE = "OFFBOARDING_DB_PASSWORD";

    private static final String SCHEME = "jdbc:postgresql:";
    /** A parameter that carries a secret: password, sslpassword, ... */
    private static final Pattern SECRET_PARAMETER = Pattern.compile("(?i)(^|[?&;])[a-z]*password=");
    /** {@code //user:password@host}: pgjdbc does not read it, but it is still a password on the command line. */
    private static final Pattern USER_INFO = Pattern.compile("^[^?]*://[^/?]*@");

    /** Connections are pooled: per number a claim, a budget decision and a result each take one. */
    private static final int POOL_SIZE = 4;

    private final PGSimpleDataSource database = new PGSimpleDataSource();
    private final String name;
    private final Duration lease;
    private final JournalTables tables;
    private HikariDataSource pool;
    private JdbcRegistrationBudgetStore budgetStore;

    SharedJournalSource(String url, Map<String, String> environment, Duration lease, String prefix)
            throws InputException {
        checkUrl(url);
        try {
            database.setURL(url);
        } catch (IllegalArgumentException e) {
            throw new InputException("--journal '" + url + "': " + e.getMessage() + ". Nothing was sent.");
        }
        String user = environment.get(USER_VARIABLE);
        if (user != null && !user.isBlank()) {
            database.setUser(user);
        }
        String password = environment.get(PASSWORD_VARIABLE);
        if (password != null && !password.isEmpty()) {
            database.setPassword(password);
        }
        database.setApplicationName("offboarding");
        this.lease = lease;
        this.tables = new JournalTables(prefix);
        int query = url.indexOf('?');
        this.name = (query < 0 ? url : url.substring(0, query)) + " (tables " + tables + ")";
    }

    /** Returns the URL when it is a PostgreSQL JDBC URL without a password in it; refuses it, naming the fix, else. */
    static String checkUrl(String url) throws InputException {
        if (SECRET_PARAMETER.matcher(url).find() || USER_INFO.matcher(url).find()) {
            // the URL itself is not repeated: it holds the secret
            throw new InputException("--journal: the URL holds a password; a command line is seen by every user of"
                                     + " the machine and kept in shell histories. Remove it from the URL and set"
                                     + " the environment variables " + USER_VARIABLE + " and " + PASSWORD_VARIABLE
                                     + " instead. Nothing was sent.");
        }
        if (!url.toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            throw new InputException("--journal '" + url + "': give a PostgreSQL JDBC URL,"
                                     + " jdbc:postgresql://host:port/database (without --journal the journal is"
                                     + " journal.ndjson in --report-dir). Nothing was sent.");
        }
        return url;
    }

    /** Connects (a database that cannot be reached fails here, before anything is sent) and opens the journal. */
    @Override
    public synchronized RunJournal open(JournalOrigin origin, Clock clock) throws IOException, InputException {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setPoolName("offboarding-journal");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        try {
            pool = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InputException("the shared journal " + name + " cannot be reached: " + cause.getMessage()
                                     + ". Nothing was sent.");
        }
        try {
            return SharedJournal.open(pool, tables, name, lease, clock, origin);
        } catch (IOException | InputException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Never called: the options refuse {@code --plan} with {@code --journal}, as a plan reads the file journal. */
    @Override
    public RunJournal openForPlan(JournalOrigin origin) {
        throw new IllegalStateException("--plan reads the file journal only");
    }

    /** The budget store in the journal's database, on its connections: call it after {@link #open}. */
    @Override
    public synchronized WhatsAppRegistrationBudgetStore budgetStore() {
        if (budgetStore == null) {
            budgetStore = new JdbcRegistrationBudgetStore(pool);
            budgetStore.setCreateTable(true);
        }
        return budgetStore;
    }
}
