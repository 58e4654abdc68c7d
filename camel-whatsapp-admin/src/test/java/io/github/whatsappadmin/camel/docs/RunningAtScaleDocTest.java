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
package io.github.whatsappadmin.camel.docs;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.github.whatsappadmin.camel.WhatsAppAdminComponent;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Refused;
import io.github.whatsappadmin.camel.budget.JdbcRegistrationBudgetStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.main.Main;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/running-at-scale.md's snippets, run as written: its DDL, grants and operator query on PostgreSQL (the DDL on H2
 * too), and its Camel Main bean definitions.
 */
class RunningAtScaleDocTest {

    private static final Duration WINDOW = Duration.ofHours(72);
    private static final String NUMBER = "106540352242922";
    private static final Pattern BLOCK = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);

    private static EmbeddedPostgres postgres;
    private static List<String> sql;
    private static List<String> properties;

    @BeforeAll
    static void readPageAndStartPostgres() throws Exception {
        Path page = Path.of(System.getProperty("basedir", ".")).resolve("../docs/running-at-scale.md").normalize();
        sql = blocks(Files.readString(page, StandardCharsets.UTF_8), "sql");
        properties = blocks(Files.readString(page, StandardCharsets.UTF_8), "properties");
        assertThat(sql).as("DDL, grants, operator query").hasSize(3);
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private static List<String> blocks(String markdown, String language) {
        List<String> found = new ArrayList<>();
        Matcher m = BLOCK.matcher(markdown);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                found.add(m.group(2));
            }
        }
        return found;
    }

    private static void run(DataSource dataSource, String script) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sqlStatement : script.split(";")) {
                if (!sqlStatement.isBlank()) {
                    statement.execute(sqlStatement);
                }
            }
        }
    }

    /** A database of its own, so that each test starts with no tables. */
    private static DataSource freshPostgres(String user) throws Exception {
        String database = "doc_" + UUID.randomUUID().toString().replace("-", "");
        run(postgres.getPostgresDatabase(), "CREATE DATABASE " + database);
        return postgres.getDatabase(user, database);
    }

    private static void grantAndRefuse(WhatsAppRegistrationBudgetStore store) {
        assertThat(store.tryAcquire(NUMBER, 1, WINDOW)).isInstanceOf(Granted.class);
        assertThat(store.tryAcquire(NUMBER, 1, WINDOW)).isInstanceOf(Refused.class);
    }

    @Test
    void theDdlOnThePageMakesTablesTheStoreUsesWithoutCreatingThem() throws Exception {
        DataSource onPostgres = freshPostgres("postgres");
        JdbcDataSource onH2 = new JdbcDataSource();
        onH2.setURL("jdbc:h2:mem:doc-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");

        for (DataSource dataSource : List.of(onPostgres, onH2)) {
            run(dataSource, sql.get(0));
            grantAndRefuse(new JdbcRegistrationBudgetStore(dataSource));
        }
    }

    @Test
    void theGrantsOnThePageAreAllTheStoreNeedsIncludingPruning() throws Exception {
        DataSource owner = freshPostgres("postgres");
        run(owner, sql.get(0));
        run(owner, "CREATE ROLE camel LOGIN");
        run(owner, sql.get(1));
        DataSource asCamel = postgres.getDatabase("camel", ((PGSimpleDataSource) owner)
                .getDatabaseName());
        Instant start = Instant.parse("2025-03-01T10:00:00Z");
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(asCamel, Clock.fixed(start,
                ZoneOffset.UTC));
        Granted released = (Granted) store.tryAcquire("1", 2, WINDOW);
        store.release(released);
        grantAndRefuse(store);

        // A later decision, after the window, prunes: DELETE is granted.
        new JdbcRegistrationBudgetStore(asCamel, Clock.fixed(start.plus(WINDOW), ZoneOffset.UTC))
                .tryAcquire("2", 1, WINDOW);
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT phone_number_id FROM whatsapp_admin_budget_attempt")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("2");
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void theOperatorQueryOnThePageShowsWhatEachNumberSpent() throws Exception {
        DataSource dataSource = freshPostgres("postgres");
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(dataSource);
        store.setCreateTable(true);
        Granted first = (Granted) store.tryAcquire(NUMBER, 10, WINDOW);
        store.tryAcquire(NUMBER, 10, WINDOW);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql.get(2))) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("phone_number_id")).isEqualTo(NUMBER);
            assertThat(rows.getInt("attempts")).isEqualTo(2);
            assertThat(rows.getObject("oldest_leaves_at", OffsetDateTime.class).toInstant())
                    .isEqualTo(first.attemptedAt().plus(WINDOW));
            assertThat(rows.next()).isFalse();
        }
    }

    @Test
    void theCamelMainPropertiesOnThePageBindAStoreThatDecides() throws Exception {
        Properties page = new Properties();
        page.load(new StringReader(properties.get(0)));
        // The page's database host is an example: point the same definitions at the embedded PostgreSQL.
        page.setProperty("camel.beans.budgetDataSource.url",
                "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        page.setProperty("budget.db.password", "not-checked-by-the-embedded-server");
        Main main = new Main();
        main.setInitialProperties(page);
        main.start();
        try {
            Object bean = main.getCamelContext().getRegistry().lookupByName("budgetStore");

            assertThat(bean).isInstanceOf(JdbcRegistrationBudgetStore.class);
            JdbcRegistrationBudgetStore store = (JdbcRegistrationBudgetStore) bean;
            assertThat(store.isCreateTable()).isTrue();
            assertThat(main.getCamelContext().getComponent("whatsapp-admin", WhatsAppAdminComponent.class)
                    .getConfiguration().getRegistrationBudgetStore()).isSameAs(store);
            String number = String.valueOf(System.nanoTime());
            assertThat(store.tryAcquire(number, 1, WINDOW)).isInstanceOf(Granted.class);
            assertThat(store.tryAcquire(number, 1, WINDOW)).isInstanceOf(Refused.class);
        } finally {
            main.stop();
        }
    }
}
