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
package io.github.whatsappadmin.simulator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest extends SimulatorTestSupport {

    @BeforeEach
    void setUp() {
        graph.token("a-long-secret-token-42");
        graph.phoneNumber("1001", PhoneNumberState.REGISTERED).phoneNumber("1002", PhoneNumberState.REGISTERED);
    }

    @Test
    void journalHoldsEveryRequestInOrderWithTheTokenMasked() {
        Instant before = graph.clock().now();
        client.deregister("1001", "a-long-secret-token-42");
        client.register("1002", "a-long-secret-token-42", "123456");

        assertThat(graph.journal().count()).isEqualTo(2);
        JournalEntry first = graph.journal().entries().get(0);
        assertThat(first.method()).isEqualTo("POST");
        assertThat(first.path()).isEqualTo("/v23.0/1001/deregister");
        assertThat(first.body()).isEqualTo("{}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.receivedAt()).isBetween(before, graph.clock().now());
        assertThat(first.header("content-type")).hasValue("application/json");
        assertThat(first.headers().get("Authorization")).containsExactly("Bearer ****42");
        assertThat(first.headers().toString()).doesNotContain("a-long-secret-token");
        assertThat(graph.journal().entries().get(1).path()).isEqualTo("/v23.0/1002/register");
    }

    @Test
    void sentTokenConfirmsTheExactTokenWithoutTheJournalHoldingIt() {
        client.deregister("1001", "a-long-secret-token-42");
        client.deregister("1001", null);

        JournalEntry withToken = graph.journal().entries().get(0);
        assertThat(withToken.sentToken("a-long-secret-token-42")).isTrue();
        assertThat(withToken.sentToken("another-token-42")).isFalse();
        assertThat(withToken.toString()).doesNotContain("a-long-secret-token");
        assertThat(graph.journal().entries().get(1).sentToken("a-long-secret-token-42")).isFalse();
    }

    @Test
    void shortTokensAreMaskedEntirely() {
        graph.token("abc");
        client.deregister("1001", "abc");

        assertThat(graph.journal().entries().get(0).header("Authorization")).hasValue("Bearer ****");
    }

    @Test
    void journalRecordsErrorsAndUsesTheSimulatorClock() {
        graph.clock().advance(Duration.ofDays(3));
        client.deregister("999", "a-long-secret-token-42");

        JournalEntry entry = graph.journal().entries().get(0);
        assertThat(entry.status()).isEqualTo(400);
        assertThat(entry.receivedAt()).isAfter(Instant.now().plus(Duration.ofDays(2)));
    }

    @Test
    void forPhoneNumberSelectsTheRequestsForOneNumber() {
        client.deregister("1001", "a-long-secret-token-42");
        client.deregister("1002", "a-long-secret-token-42");
        client.deregister("1001", "a-long-secret-token-42");

        assertThat(graph.journal().forPhoneNumber("1001")).hasSize(2)
                .allSatisfy(e -> assertThat(e.phoneNumberId()).hasValue("1001"));
        assertThat(graph.journal().forPhoneNumber("1002")).hasSize(1);
    }

    @Test
    void clearEmptiesTheJournal() {
        client.deregister("1001", "a-long-secret-token-42");

        graph.journal().clear();

        assertThat(graph.journal().count()).isZero();
        assertThat(graph.journal().entries()).isEmpty();
    }

    @Test
    void aTokenSentInTheQueryIsMaskedThereToo() {
        client.get("/v23.0/1001?fields=status&access_token=a-long-secret-token-42", "a-long-secret-token-42");

        JournalEntry entry = graph.journal().entries().get(0);
        assertThat(entry.query()).isEqualTo("fields=status&access_token=****42");
        assertThat(entry.toString()).doesNotContain("a-long-secret-token");
    }

    @Test
    void anEntryWithoutAQueryHasAnEmptyOne() {
        client.deregister("1001", "a-long-secret-token-42");

        assertThat(graph.journal().entries().get(0).query()).isEmpty();
        assertThat(graph.journal().entries().get(0).queryParameter("fields")).isEmpty();
    }
}
