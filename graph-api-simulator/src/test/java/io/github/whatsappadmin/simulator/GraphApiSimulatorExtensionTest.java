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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/** Runs small test classes through the JUnit engine to see the extension's lifecycle from outside. */
class GraphApiSimulatorExtensionTest {

    @Test
    void staticFieldStartsOncePerClassResetsBeforeEachTestAndStopsAfterAll() {
        run(StaticForm.class);

        assertThat(StaticForm.ports).hasSize(1);
        assertThat(StaticForm.graph.simulator().isRunning()).isFalse();
    }

    @Test
    void instanceFieldStartsAndStopsAFreshSimulatorPerTest() {
        run(InstanceForm.class);

        assertThat(InstanceForm.simulators).hasSize(2).doesNotHaveDuplicates()
                .noneMatch(GraphApiSimulator::isRunning);
    }

    @Test
    void setupIsAppliedAfterEveryReset() {
        run(WithDemoSeed.class);
    }

    @Test
    void nestedClassesShareTheOuterSimulatorWithoutStoppingIt() {
        run(WithNested.class, 3);

        assertThat(WithNested.ports).hasSize(1);
        assertThat(WithNested.graph.simulator().isRunning()).isFalse();
    }

    @Test
    void instanceFieldWorksWithPerClassLifecycleToo() {
        run(PerClassInstanceForm.class);

        assertThat(PerClassInstanceForm.extension.simulator().isRunning()).isFalse();
    }

    @Test
    void anExtensionCanBeBoundToAGivenAddress() {
        run(BoundForm.class);

        assertThat(BoundForm.graph.simulator().isRunning()).isFalse();
    }

    private static void run(Class<?> testClass) {
        run(testClass, 2);
    }

    private static void run(Class<?> testClass, int tests) {
        Events events = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute().testEvents();
        assertThat(events.failed().list()).as("failures").isEmpty();
        assertThat(events.succeeded().count()).isEqualTo(tests);
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticForm {
        @RegisterExtension
        static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();
        static final Set<Integer> ports = new HashSet<>();

        @Test
        @Order(1)
        void changesState() {
            ports.add(graph.port());
            graph.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);
            assertThat(new GraphClient(graph.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
        }

        @Test
        @Order(2)
        void seesAResetSimulatorOnTheSamePort() {
            ports.add(graph.port());
            assertThat(graph.journal().count()).isZero();
            assertThat(new GraphClient(graph.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(401);
        }
    }

    static class InstanceForm {
        static final List<GraphApiSimulator> simulators = new ArrayList<>();

        @RegisterExtension
        GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

        @Test
        void one() {
            check();
        }

        @Test
        void two() {
            check();
        }

        private void check() {
            simulators.add(graph.simulator());
            assertThat(graph.simulator().isRunning()).isTrue();
            graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
            graph.token("t", TokenState.VALID, "waba-1");
            assertThat(new GraphClient(graph.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
            assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
        }
    }

    static class WithDemoSeed {
        @RegisterExtension
        static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create().withSetup(DemoSeed::apply);

        @Test
        void one() {
            deregistersTheSupportLine();
        }

        @Test
        void two() {
            deregistersTheSupportLine();
        }

        private void deregistersTheSupportLine() {
            String id = DemoSeed.SUPPORT_BERLIN.id();
            assertThat(new GraphClient(graph.baseUrl()).deregister(id, DemoSeed.TOKEN).statusCode()).isEqualTo(200);
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class WithNested {
        @RegisterExtension
        static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();
        static final Set<Integer> ports = new HashSet<>();

        @Test
        @Order(1)
        void outerBefore() {
            ports.add(graph.port());
        }

        @Test
        @Order(2)
        void outerAfter() {
            ports.add(graph.port());
        }

        @Nested
        class Inner {
            @Test
            void inner() {
                ports.add(graph.port());
                graph.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);
                assertThat(new GraphClient(graph.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
            }
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassInstanceForm {
        static GraphApiSimulatorExtension extension;

        @RegisterExtension
        GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

        @Test
        void one() {
            check();
        }

        @Test
        void two() {
            check();
        }

        private void check() {
            extension = graph;
            assertThat(graph.journal().count()).isZero();
            graph.token("t").phoneNumber("1001", PhoneNumberState.REGISTERED);
            assertThat(new GraphClient(graph.baseUrl()).deregister("1001", "t").statusCode()).isEqualTo(200);
        }
    }

    static class BoundForm {
        @RegisterExtension
        static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create(0, "127.0.0.1");

        @Test
        void one() {
            check();
        }

        @Test
        void two() {
            check();
        }

        private void check() {
            assertThat(graph.simulator().bindAddress()).isEqualTo("127.0.0.1");
            assertThat(graph.baseUrl()).isEqualTo("http://localhost:" + graph.port());
            graph.token("t").phoneNumber("1001", PhoneNumberState.DEREGISTERED);
            graph.phoneNumberSetup("1001").codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
            GraphClient client = new GraphClient(graph.baseUrl());
            client.requestCode("1001", "t", "SMS", "en_US");
            assertThat(client.verifyCode("1001", "t", graph.lastVerificationCode("1001").orElseThrow()).statusCode())
                    .isEqualTo(200);
            assertThat(graph.codeVerificationStatus("1001")).isEqualTo(CodeVerificationStatus.VERIFIED);
        }
    }
}
