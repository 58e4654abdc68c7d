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
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JDBC store's two tables: their names, every statement the store runs on them (in SQL that PostgreSQL and H2 both
 * accept), and their creation. Table names come only from a validated prefix: nothing a caller passes is ever spliced
 * into SQL.
 */
final class BudgetTables {

    static final String DEFAULT_PREFIX = "whatsapp_admin_";

    /** Unquoted SQL names only, short enough that the longest derived name stays under PostgreSQL's 63. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");

    final String prefix;
    final String lock;
    final String attempt;
    final List<String> ddl;
    /** Queries that fail only when a table is missing. */
    final List<String> probes;
    final String selectLock;
    final String insertLock;
    final String selectAttempts;
    final String insertAttempt;
    final String deleteAttempt;
    final String deleteExpired;

    BudgetTables(String prefix) {
        checkPrefix(prefix);
        this.prefix = prefix;
        lock = prefix + "budget_lock";
        attempt = prefix + "budget_attempt";
        ddl = List.of(
                "CREATE TABLE IF NOT EXISTS " + lock + " (phone_number_id VARCHAR("
                      + BudgetArguments.MAX_PHONE_NUMBER_ID_LENGTH + ") NOT NULL PRIMARY KEY)",
                "CREATE TABLE IF NOT EXISTS " + attempt + " (attempt_id VARCHAR(36) NOT NULL PRIMARY KEY,"
                                                                                                + " phone_number_id VARCHAR("
                                                                                                + BudgetArguments.MAX_PHONE_NUMBER_ID_LENGTH
                                                                                                + ") NOT NULL,"
                                                                                                + " attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                                                                                                + " expires_at TIMESTAMP WITH TIME ZONE NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + attempt + "_by_number ON " + attempt
                                                                                                                                                    + " (phone_number_id, attempted_at)",
                "CREATE INDEX IF NOT EXISTS " + attempt + "_by_expiry ON " + attempt + " (expires_at)");
        probes = List.of("SELECT phone_number_id FROM " + lock + " WHERE 1 = 0",
                "SELECT attempt_id, phone_number_id, attempted_at, expires_at FROM " + attempt + " WHERE 1 = 0");
        selectLock = "SELECT phone_number_id FROM " + lock + " WHERE phone_number_id = ? FOR UPDATE";
        insertLock = "INSERT INTO " + lock + " (phone_number_id) VALUES (?)";
        selectAttempts = "SELECT attempted_at FROM " + attempt
                         + " WHERE phone_number_id = ? AND attempted_at > ? ORDER BY attempted_at";
        insertAttempt = "INSERT INTO " + attempt
                        + " (attempt_id, phone_number_id, attempted_at, expires_at) VALUES (?, ?, ?, ?)";
        deleteAttempt = "DELETE FROM " + attempt + " WHERE attempt_id = ? AND phone_number_id = ?";
        deleteExpired = "DELETE FROM " + attempt + " WHERE expires_at <= ?";
    }

    /** Whether both tables are there, on a connection in auto-commit (a failed probe must not end a transaction). */
    boolean exist(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String probe : probes) {
                try (ResultSet ignored = statement.executeQuery(probe)) {
                    // The query parses, so the table is there.
                } catch (SQLException e) {
                    if (isUndefinedTable(e)) {
                        return false;
                    }
                    throw e;
                }
            }
            return true;
        }
    }

    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String statementText : ddl) {
                statement.execute(statementText);
            }
        }
    }

    /** PostgreSQL's 42P01, H2's 42S02 (and 42S04 when its database is still empty). */
    private static boolean isUndefinedTable(SQLException e) {
        return List.of("42P01", "42S02", "42S04").contains(e.getSQLState());
    }

    static void checkPrefix(String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("tablePrefix " + (prefix == null ? "null" : "'" + prefix + "'")
                                               + " is not a plain SQL name: use 1 to 30 letters, digits or _,"
                                               + " starting with a letter or _ (default " + DEFAULT_PREFIX
                                               + "). For another schema, set it on the connection (PostgreSQL"
                                               + " ?currentSchema=name, H2 ;SCHEMA=name).");
        }
    }

    @Override
    public String toString() {
        return lock + " and " + attempt;
    }
}
