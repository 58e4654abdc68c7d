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
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Decision;
import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore.Granted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The JDBC store on a real database: besides the contract, several independent store instances, each with its own
 * DataSource (as several CamelContexts or nodes have), share one allowance.
 */
abstract class JdbcRegistrationBudgetStoreContract extends RegistrationBudgetStoreContract {

    /** The table prefix of this test's tables. */
    String prefix = BudgetTables.DEFAULT_PREFIX;

    /** A new DataSource object on this test's database, as another node would have. */
    abstract DataSource newDataSource() throws Exception;

    @Override
    WhatsAppRegistrationBudgetStore newStore(Clock clock) throws Exception {
        JdbcRegistrationBudgetStore node = new JdbcRegistrationBudgetStore(newDataSource(), clock);
        node.setTablePrefix(prefix);
        node.setCreateTable(true);
        return node;
    }

    @Override
    int storedAttempts() throws Exception {
        return count("SELECT COUNT(*) FROM " + prefix + "budget_attempt");
    }

    int count(String sql) throws Exception {
        try (Connection connection = newDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void severalNodesRacingForTheSameNumbersGetExactlyTheBudget() throws Exception {
        int nodes = 4;
        int threadsPerNode = 4;
        int budget = 5;
        List<WhatsAppRegistrationBudgetStore> stores = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            stores.add(newStore(clock));
        }
        List<String> numbers = numbers(6);

        List<Decision> decisions = race(nodes * threadsPerNode,
                thread -> decideAll(stores.get(thread % nodes), numbers, budget, thread));

        assertExactlyTheBudget(decisions, numbers, budget, nodes * threadsPerNode);
        assertThat(storedAttempts()).isEqualTo(numbers.size() * budget);
    }

    @Test
    void nodesStartingTogetherAllCreateTheTablesAndDecide() throws Exception {
        for (String round : List.of("a", "b", "c")) {
            prefix = prefix + round;
            List<WhatsAppRegistrationBudgetStore> stores = new ArrayList<>();
            for (int n = 0; n < 8; n++) {
                stores.add(newStore(clock));
            }

            List<Decision> decisions = race(stores.size(),
                    node -> List.of(stores.get(node).tryAcquire("30000000000000" + node, 1, WINDOW)));

            assertThat(decisions).hasSize(stores.size()).allMatch(Granted.class::isInstance);
        }
    }

    @Test
    void anAttemptRecordedByANodeThatDiedStillCounts() throws Exception {
        WhatsAppRegistrationBudgetStore dying = newStore(clock);
        grant(dying, NUMBER, 2);
        // The node is gone without releasing anything: another one sees its attempt.
        WhatsAppRegistrationBudgetStore survivor = newStore(clock);

        assertThat(grant(survivor, NUMBER, 2).remaining()).isZero();
        refuse(survivor, NUMBER, 2);
    }

    @Test
    void anotherNodeCanReleaseTheAttempt() throws Exception {
        Granted granted = grant(store, NUMBER, 1);

        newStore(clock).release(granted);

        grant(newStore(clock), NUMBER, 1);
    }

    @Test
    void attemptsAreRowsThatOperatorsCanRead() throws Exception {
        Granted granted = grant(store, NUMBER, 10);

        assertThat(count("SELECT COUNT(*) FROM " + prefix + "budget_attempt WHERE attempt_id = '"
                         + granted.attemptId() + "' AND phone_number_id = '" + NUMBER + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM " + prefix + "budget_lock WHERE phone_number_id = '" + NUMBER + "'"))
                .isEqualTo(1);
    }

    @Test
    void aStoreWithoutItsTablesSaysHowToCreateThem() throws Exception {
        JdbcRegistrationBudgetStore noTables = new JdbcRegistrationBudgetStore(newDataSource(), clock);
        noTables.setTablePrefix("missing_");

        assertThatIllegalStateException().isThrownBy(() -> noTables.tryAcquire(NUMBER, 10, WINDOW))
                .withMessageContaining("could not decide for phone number " + NUMBER)
                .withMessageContaining("missing_budget_lock and missing_budget_attempt")
                .withMessageContaining("create them with the DDL in docs/running-at-scale.md")
                .withMessageContaining("createTable=true");

        noTables.setCreateTable(true);
        assertThat(grant(noTables, NUMBER, 10).remaining()).isEqualTo(9);
    }

    @Test
    void creatingTheTablesAgainKeepsWhatTheyHold() throws Exception {
        grant(store, NUMBER, 2);

        WhatsAppRegistrationBudgetStore restarted = newStore(clock);

        assertThat(grant(restarted, NUMBER, 2).remaining()).isZero();
        assertThat(storedAttempts()).isEqualTo(2);
    }

    @Test
    void twoPrefixesKeepTwoSeparateBudgets() throws Exception {
        grant(store, NUMBER, 1);
        JdbcRegistrationBudgetStore other = new JdbcRegistrationBudgetStore(newDataSource(), clock);
        other.setTablePrefix(prefix + "other_");
        other.setCreateTable(true);

        assertThat(grant(other, NUMBER, 1).remaining()).isZero();
        refuse(store, NUMBER, 1);
    }
}
