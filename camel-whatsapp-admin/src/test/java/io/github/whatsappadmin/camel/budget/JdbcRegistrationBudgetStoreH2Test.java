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

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Decision;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC store on H2, in memory: one new database per test. */
class JdbcRegistrationBudgetStoreH2Test extends JdbcRegistrationBudgetStoreContract {

    private String url;

    @Override
    void prepareBackend() {
        url = "jdbc:h2:mem:budget-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    DataSource newDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    @Test
    void connectionsAtRepeatableReadStillGetExactlyTheBudgetAndKeepTheirLevel() throws Exception {
        RepeatableRead dataSource = new RepeatableRead(url);
        JdbcRegistrationBudgetStore one = new JdbcRegistrationBudgetStore(dataSource, clock);
        one.setCreateTable(true);
        JdbcRegistrationBudgetStore two = new JdbcRegistrationBudgetStore(new RepeatableRead(url), clock);
        List<WhatsAppRegistrationBudgetStore> stores = List.of(one, two);
        List<String> numbers = numbers(4);
        one.tryAcquire("1", 1, WINDOW);

        List<Decision> decisions = race(8, thread -> decideAll(stores.get(thread % 2), numbers, 3, thread));

        assertExactlyTheBudget(decisions, numbers, 3, 8);
        assertThat(dataSource.levelsAtClose).as("the level each connection had, restored before it went back")
                .isNotEmpty().containsOnly(Connection.TRANSACTION_REPEATABLE_READ);
    }

    /**
     * Connections that start at REPEATABLE READ, as a pool configured so would hand out; each one notes its level when
     * it is closed, that is when a pool would take it back.
     */
    private static final class RepeatableRead implements DataSource {

        private final JdbcDataSource h2 = new JdbcDataSource();
        private final Queue<Integer> levelsAtClose = new ConcurrentLinkedQueue<>();

        RepeatableRead(String url) {
            h2.setURL(url);
            h2.setUser("sa");
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = h2.getConnection();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            levelsAtClose.add(connection.getTransactionIsolation());
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
