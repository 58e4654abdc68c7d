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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Decision;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC store on a real PostgreSQL that the build starts itself (binaries from Maven Central, no Docker). One
 * server for the class; each test has its own tables, through its own table prefix.
 */
class JdbcRegistrationBudgetStorePostgresTest extends JdbcRegistrationBudgetStoreContract {

    private static final AtomicInteger TESTS = new AtomicInteger();
    private static EmbeddedPostgres postgres;

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

    @Override
    void prepareBackend() {
        prefix = "test" + TESTS.incrementAndGet() + "_";
    }

    @Override
    DataSource newDataSource() {
        return postgres.getPostgresDatabase();
    }

    @Test
    void connectionsThatDefaultToRepeatableReadStillGetExactlyTheBudget() throws Exception {
        // A snapshot taken before the number's lock was granted would miss the attempt committed just before.
        List<WhatsAppRegistrationBudgetStore> stores = List.of(repeatableReadStore(), repeatableReadStore());
        List<String> numbers = numbers(4);

        List<Decision> decisions = race(8, thread -> decideAll(stores.get(thread % 2), numbers, 3, thread));

        assertExactlyTheBudget(decisions, numbers, 3, 8);
    }

    private WhatsAppRegistrationBudgetStore repeatableReadStore() {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) newDataSource();
        dataSource.setOptions("-c default_transaction_isolation=repeatable\\ read");
        JdbcRegistrationBudgetStore node = new JdbcRegistrationBudgetStore(dataSource, clock);
        node.setTablePrefix(prefix);
        node.setCreateTable(true);
        return node;
    }
}
