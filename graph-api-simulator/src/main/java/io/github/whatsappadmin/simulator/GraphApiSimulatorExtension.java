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

import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The simulator as a JUnit 5 extension. As a static field it starts once per class; as an instance field, once per
 * test. Either way every test begins from a reset simulator (plus what {@link #withSetup} adds).
 *
 * <pre>{@code
 * @RegisterExtension
 * static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();
 *
 * @Test
 *       void deregisters() {
 *       graph.account("waba-1").phoneNumber("1001", PhoneNumberState.REGISTERED);
 *       graph.token("good-token");
 *       // ... call graph.baseUrl() ...
 *       assertThat(graph.phoneNumberState("1001")).isEqualTo(PhoneNumberState.DEREGISTERED);
 *       }
 *       }</pre>
 */
public final class GraphApiSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final GraphApiSimulator simulator;
    private Consumer<GraphApiSimulator> setup = sim -> {};
    /** The JUnit context (class or test) that started the simulator, and so stops it. */
    private String startedBy;

    private GraphApiSimulatorExtension(GraphApiSimulator simulator) {
        this.simulator = simulator;
    }

    /** On a random free port. */
    public static GraphApiSimulatorExtension create() {
        return new GraphApiSimulatorExtension(GraphApiSimulator.create());
    }

    /** On the given port of 127.0.0.1; 0 picks a free one. */
    public static GraphApiSimulatorExtension create(int port) {
        return new GraphApiSimulatorExtension(GraphApiSimulator.create(port));
    }

    /** On the given port of the given local address (see {@link GraphApiSimulator#create(int, String)}). */
    public static GraphApiSimulatorExtension create(int port, String bindAddress) {
        return new GraphApiSimulatorExtension(GraphApiSimulator.create(port, bindAddress));
    }

    /** State every test starts with, applied after each reset, e.g. {@code withSetup(DemoSeed::apply)}. */
    public GraphApiSimulatorExtension withSetup(Consumer<GraphApiSimulator> setup) {
        this.setup = setup;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Static fields only: instance fields are registered after the class callbacks.
        startIfStopped(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startIfStopped(context);
        setup.accept(simulator.reset());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfStartedBy(context);
    }

    // Keyed by context so that @Nested classes, which see the outer static field too, do not stop it early.
    private void startIfStopped(ExtensionContext context) {
        if (!simulator.isRunning()) {
            simulator.start();
            startedBy = context.getUniqueId();
        }
    }

    private void stopIfStartedBy(ExtensionContext context) {
        if (context.getUniqueId().equals(startedBy)) {
            simulator.stop();
            startedBy = null;
        }
    }

    // --- the simulator, and shortcuts to what tests use most ---------------------------------------------------

    public GraphApiSimulator simulator() {
        return simulator;
    }

    public String baseUrl() {
        return simulator.baseUrl();
    }

    public int port() {
        return simulator.port();
    }

    public AccountSetup account(String wabaId) {
        return simulator.account(wabaId);
    }

    public GraphApiSimulator phoneNumber(String phoneNumberId, PhoneNumberState state) {
        return simulator.phoneNumber(phoneNumberId, state);
    }

    public GraphApiSimulator token(String token) {
        return simulator.token(token);
    }

    public GraphApiSimulator token(String token, TokenState state) {
        return simulator.token(token, state);
    }

    public GraphApiSimulator token(String token, TokenState state, String... accounts) {
        return simulator.token(token, state, accounts);
    }

    public PhoneNumberSetup phoneNumberSetup(String phoneNumberId) {
        return simulator.phoneNumberSetup(phoneNumberId);
    }

    public PhoneNumberState phoneNumberState(String phoneNumberId) {
        return simulator.phoneNumberState(phoneNumberId);
    }

    public CodeVerificationStatus codeVerificationStatus(String phoneNumberId) {
        return simulator.codeVerificationStatus(phoneNumberId);
    }

    public PlatformType platformType(String phoneNumberId) {
        return simulator.platformType(phoneNumberId);
    }

    public Optional<String> twoStepPin(String phoneNumberId) {
        return simulator.twoStepPin(phoneNumberId);
    }

    public Optional<String> lastVerificationCode(String phoneNumberId) {
        return simulator.lastVerificationCode(phoneNumberId);
    }

    public int budgetUsed(String phoneNumberId) {
        return simulator.budgetUsed(phoneNumberId);
    }

    public Journal journal() {
        return simulator.journal();
    }

    public Faults faults() {
        return simulator.faults();
    }

    public SimulatorClock clock() {
        return simulator.clock();
    }
}
