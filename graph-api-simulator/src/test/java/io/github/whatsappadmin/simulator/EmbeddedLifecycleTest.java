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

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedLifecycleTest {

    @Test
    void startsOnAFreePortAndServesUntilClosed() {
        GraphApiSimulator sim = GraphApiSimulator.create();
        try (sim) {
            assertThatThrownBy(sim::port).isInstanceOf(IllegalStateException.class).hasMessageContaining("start()");

            sim.start();

            assertThat(sim.isRunning()).isTrue();
            assertThat(sim.port()).isPositive();
            assertThat(sim.baseUrl()).isEqualTo("http://localhost:" + sim.port());
        }
        assertThat(sim.isRunning()).isFalse();
    }

    @Test
    void startsOnTheGivenPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (GraphApiSimulator sim = GraphApiSimulator.create(port).start()) {
            assertThat(sim.port()).isEqualTo(port);
        }
    }

    @Test
    void canBeStartedAgainAfterStop() {
        try (GraphApiSimulator sim = GraphApiSimulator.create()) {
            sim.start().stop();
            sim.start();
            sim.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);

            assertThat(new GraphClient(sim.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void wireMockAdminApiIsClosedSoItCannotRemoveTheSimulator() {
        try (GraphApiSimulator sim = GraphApiSimulator.create().start()) {
            sim.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);
            GraphClient client = new GraphClient(sim.baseUrl());

            assertThat(client.post("/__admin/reset", null, "").statusCode()).isEqualTo(401);
            assertThat(client.deregister("1001", "t").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void setupRejectsWhatGraphCouldNotHold() {
        try (GraphApiSimulator sim = GraphApiSimulator.create()) {
            assertThatThrownBy(() -> sim.phoneNumber("+49 30 1234", PhoneNumberState.REGISTERED))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digits");
            assertThatThrownBy(() -> sim.phoneNumberState("1001")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sim.clock().advance(java.time.Duration.ofHours(-1)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> GraphApiSimulator.create(70000)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void phoneNumberShortcutKeepsAKnownNumbersAccount() {
        try (GraphApiSimulator sim = GraphApiSimulator.create().start()) {
            sim.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
            sim.token("scoped", TokenState.VALID, "waba-1");

            sim.phoneNumber("1001", PhoneNumberState.REGISTERED);

            assertThat(new GraphClient(sim.baseUrl()).deregister("1001", "scoped").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void listensOnLoopbackOnlyByDefault() throws Exception {
        assumeTrue(canBind("127.0.0.2"), "this system routes 127.0.0.2 to loopback (Linux does)");
        try (GraphApiSimulator sim = GraphApiSimulator.create().start()) {
            assertThat(sim.bindAddress()).isEqualTo("127.0.0.1");

            // Listening on every interface would accept this too: another address of this very machine.
            assertThatThrownBy(() -> new Socket("127.0.0.2", sim.port()).close()).isInstanceOf(ConnectException.class);
            new Socket("127.0.0.1", sim.port()).close();
        }
    }

    @Test
    void listensOnTheAddressItIsGivenAndSaysSoInItsBaseUrl() throws Exception {
        assumeTrue(canBind("127.0.0.2"), "this system routes 127.0.0.2 to loopback (Linux does)");
        try (GraphApiSimulator sim = GraphApiSimulator.create(0, "127.0.0.2").start()) {
            sim.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);

            assertThat(sim.baseUrl()).isEqualTo("http://127.0.0.2:" + sim.port());
            assertThat(new GraphClient(sim.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> new Socket("127.0.0.1", sim.port()).close()).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aTakenPortIsAOneLineError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            GraphApiSimulator sim = GraphApiSimulator.create(taken.getLocalPort());

            assertThatThrownBy(sim::start).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": Address already in use");
            assertThat(sim.isRunning()).isFalse();
        }
    }

    @Test
    void anAddressThatIsNoAddressIsRefused() {
        assertThatThrownBy(() -> GraphApiSimulator.create(0, "no-such-host.invalid"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an address to listen on: no-such-host.invalid");
        assertThatThrownBy(() -> GraphApiSimulator.create(0, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean canBind(String address) {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(address))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
