package io.github.whatsappadmin.camel.budget;

import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

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
}
