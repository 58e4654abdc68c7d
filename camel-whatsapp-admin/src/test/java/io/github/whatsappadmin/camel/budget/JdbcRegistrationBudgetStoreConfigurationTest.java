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
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PropertyBindingSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mistakes in setting up the JDBC store fail at once with what to fix; a Camel bean definition sets it up. */
class JdbcRegistrationBudgetStoreConfigurationTest {

    private static final Duration WINDOW = Duration.ofHours(72);
    private static final String NUMBER = "106540352242922";

    private static JdbcDataSource h2(String password) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:budget-config-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        return dataSource;
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"x; DROP TABLE whatsapp_admin_budget_attempt; --", "budget-", "1budget_", "",
            "public.budget_", "wa budget_", "\"quoted\"_", "abcdefghijabcdefghijabcdefghij_"})
    void aTablePrefixThatIsNotAPlainSqlNameIsRejectedBeforeAnySql(String prefix) {
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(h2(""));

        assertThatIllegalArgumentException().isThrownBy(() -> store.setTablePrefix(prefix))
                .withMessageStartingWith("tablePrefix " + (prefix == null ? "null" : "'" + prefix + "'")
                                         + " is not a plain SQL name")
                .withMessageContaining("use 1 to 30 letters, digits or _, starting with a letter or _")
                .withMessageContaining("PostgreSQL ?currentSchema=name, H2 ;SCHEMA=name");
        assertThat(store.getTablePrefix()).isEqualTo("whatsapp_admin_");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wa_", "_", "Ops_2_", "abcdefghijabcdefghijabcdefghi_"})
    void aPlainSqlNameIsAcceptedAsPrefixAndNamesBothTables(String prefix) throws Exception {
        JdbcDataSource dataSource = h2("");
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(dataSource);
        store.setTablePrefix(prefix);
        store.setCreateTable(true);

        store.tryAcquire(NUMBER, 10, WINDOW);

        try (Connection connection = dataSource.getConnection();
             ResultSet lock = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + prefix
                                                                        + "budget_lock");
             ResultSet attempt = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + prefix
                                                                           + "budget_attempt")) {
            lock.next();
            attempt.next();
            assertThat(lock.getInt(1)).isEqualTo(1);
            assertThat(attempt.getInt(1)).isEqualTo(1);
        }
        assertThat(store.getTablePrefix()).isEqualTo(prefix);
    }

    @Test
    void aStoreWithoutDataSourceSaysWhichPropertyToSet() {
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore();

        assertThatIllegalStateException().isThrownBy(() -> store.tryAcquire(NUMBER, 10, WINDOW))
                .withMessage("JdbcRegistrationBudgetStore has no dataSource: construct it with one, or set the bean"
                             + " property dataSource (for example dataSource=#myDataSource)");
        store.setCreateTable(true);
        assertThatIllegalStateException().isThrownBy(() -> store.tryAcquire(NUMBER, 10, WINDOW))
                .withMessageContaining("has no dataSource");
        assertThatIllegalStateException()
                .isThrownBy(() -> store.release(new Granted(NUMBER, "a", Instant.EPOCH, 0)))
                .withMessageContaining("has no dataSource");
    }

    @Test
    void aDatabaseThatRefusesTheConnectionFailsTheDecisionNamingTheNumberAndTheSqlState() throws Exception {
        JdbcDataSource good = h2("");
        good.getConnection().close();
        JdbcDataSource wrongPassword = new JdbcDataSource();
        wrongPassword.setURL(good.getURL());
        wrongPassword.setUser("sa");
        wrongPassword.setPassword("not-the-password");
        JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore(wrongPassword);

        assertThatIllegalStateException().isThrownBy(() -> store.tryAcquire(NUMBER, 10, WINDOW))
                .withMessageStartingWith("The registration budget store could not decide for phone number " + NUMBER
                                         + " in whatsapp_admin_budget_lock and whatsapp_admin_budget_attempt"
                                         + " (SQLState 28000)")
                .withMessageNotContaining("not-the-password")
                .withMessageNotContaining("createTable");
        store.setCreateTable(true);
        assertThatIllegalStateException().isThrownBy(() -> store.tryAcquire(NUMBER, 10, WINDOW))
                .withMessageStartingWith("The registration budget store could not create its tables in"
                                         + " whatsapp_admin_budget_lock and whatsapp_admin_budget_attempt");
    }

    @Test
    void camelBindsTheStoreFromBeanPropertiesAsCamelMainAndYamlBeansDo() throws Exception {
        JdbcDataSource dataSource = h2("");
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.getRegistry().bind("budgetDataSource", dataSource);
            JdbcRegistrationBudgetStore store = new JdbcRegistrationBudgetStore();

            PropertyBindingSupport.build().withCamelContext(camel).withTarget(store)
                    .withProperties(new HashMap<>(Map.of("dataSource", "#budgetDataSource",
                            "tablePrefix", "ops_", "createTable", "true")))
                    .bind();

            assertThat(store.getDataSource()).isSameAs(dataSource);
            assertThat(store.getTablePrefix()).isEqualTo("ops_");
            assertThat(store.isCreateTable()).isTrue();
            assertThat(store.tryAcquire(NUMBER, 2, WINDOW)).isInstanceOf(Granted.class);

            JdbcRegistrationBudgetStore injected = new JdbcRegistrationBudgetStore();
            assertThatThrownBy(() -> PropertyBindingSupport.build().withCamelContext(camel).withTarget(injected)
                    .withProperties(new HashMap<>(Map.of("tablePrefix", "ops; DROP TABLE x")))
                    .bind())
                    .isInstanceOf(PropertyBindingException.class)
                    .rootCause().hasMessageContaining("tablePrefix 'ops; DROP TABLE x' is not a plain SQL name");
        }
    }
}
