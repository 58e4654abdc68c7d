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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The shared journal's three tables: their names, from a validated prefix only (nothing else is spliced into SQL),
 * every statement run on them, and their creation.
 */
final class JournalTables {

    static final String DEFAULT_PREFIX = "offboarding_";

    /** Unquoted SQL names only, short enough that every derived name stays under PostgreSQL's 63. */
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,29}");

    final String prefix;
    final String origin;
    final String claim;
    final String result;
    final List<String> ddl;
    final String insertOrigin;
    final String selectOrigin;
    final String claimNumber;
    final String selectClaim;
    final String renewLeases;
    final String insertResult;
    final String completeClaim;
    final String selectLatestResults;

    JournalTables(String prefix) throws InputException {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InputException("--journal-prefix '" + prefix + "' is not a plain SQL name: use 1 to 30 letters,"
                                     + " digits or _, starting with a letter or _ (default " + DEFAULT_PREFIX
                                     + "). Nothing was sent.");
        }
        this.prefix = prefix;
        origin = prefix + "origin";
        claim = prefix + "claim";
        result = prefix + "result";
        ddl = List.of(
                "CREATE TABLE IF NOT EXISTS " + origin + " (origin_id SMALLINT NOT NULL PRIMARY KEY,"
                      + " mode VARCHAR(16) NOT NULL, graph_base_url VARCHAR(2048) NOT NULL,"
                      + " api_version VARCHAR(16) NOT NULL, job_version VARCHAR(64) NOT NULL,"
                      + " created_at VARCHAR(40) NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + claim + " (phone_number_id VARCHAR(64) NOT NULL PRIMARY KEY,"
                                                             + " claimed_by VARCHAR(200) NOT NULL, claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                                                             + " lease_until TIMESTAMP WITH TIME ZONE NOT NULL, claims INTEGER NOT NULL,"
                                                             + " completed_at TIMESTAMP WITH TIME ZONE, retry_from TIMESTAMP WITH TIME ZONE)",
                "CREATE TABLE IF NOT EXISTS " + result + " (result_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                                                                                                                               + " phone_number_id VARCHAR(64) NOT NULL, recorded_by VARCHAR(200) NOT NULL,"
                                                                                                                                               + " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, outcome VARCHAR(32) NOT NULL,"
                                                                                                                                               + " result TEXT NOT NULL)",
                "CREATE INDEX IF NOT EXISTS " + result + "_by_number ON " + result + " (phone_number_id, result_id)");
        insertOrigin = "INSERT INTO " + origin + " (origin_id, mode, graph_base_url, api_version, job_version,"
                       + " created_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (origin_id) DO NOTHING";
        selectOrigin = "SELECT mode, graph_base_url, api_version, job_version, created_at FROM " + origin
                       + " WHERE origin_id = 1";
        // One statement decides: a first claim inserts; a later one takes the row over only when its lease ended
        // without a result, or when an earlier run left it to be retried and the time for that has come.
        claimNumber = "INSERT INTO " + claim + " AS c (phone_number_id, claimed_by, claimed_at, lease_until, claims)"
                      + " VALUES (?, ?, ?, ?, 1) ON CONFLICT (phone_number_id) DO UPDATE SET"
                      + " claimed_by = EXCLUDED.claimed_by, claimed_at = EXCLUDED.claimed_at,"
                      + " lease_until = EXCLUDED.lease_until, claims = c.claims + 1, completed_at = NULL,"
                      + " retry_from = NULL"
                      + " WHERE (c.completed_at IS NULL AND c.lease_until <= EXCLUDED.claimed_at)"
                      + " OR (c.retry_from <= EXCLUDED.claimed_at AND c.completed_at < ?)"
                      + " RETURNING c.claims";
        selectClaim = "SELECT c.completed_at, c.lease_until, (SELECT r.result FROM " + result + " r"
                      + " WHERE r.phone_number_id = c.phone_number_id ORDER BY r.result_id DESC LIMIT 1)"
                      + " FROM " + claim + " c WHERE c.phone_number_id = ?";
        renewLeases = "UPDATE " + claim + " SET lease_until = ? WHERE claimed_by = ? AND completed_at IS NULL";
        insertResult = "INSERT INTO " + result + " (phone_number_id, recorded_by, recorded_at, outcome, result)"
                       + " VALUES (?, ?, ?, ?, ?)";
        completeClaim = "UPDATE " + claim + " SET completed_at = ?, retry_from = ?"
                        + " WHERE phone_number_id = ? AND claimed_by = ? AND completed_at IS NULL";
        selectLatestResults = "SELECT DISTINCT ON (phone_number_id) result FROM " + result
                              + " ORDER BY phone_number_id, result_id DESC";
    }

    /** Creates what is missing; the caller holds the advisory lock, so instances starting together take turns. */
    void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String statementText : ddl) {
                statement.execute(statementText);
            }
        }
    }

    /** The key of the advisory lock under which the tables are created, the same for every instance. */
    long lockKey() {
        return ("offboarding journal " + prefix).hashCode();
    }

    @Override
    public String toString() {
        return prefix + "origin, " + prefix + "claim and " + prefix + "result";
    }
}
