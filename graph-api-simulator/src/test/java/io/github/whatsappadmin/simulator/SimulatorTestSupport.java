package io.github.whatsappadmin.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A simulator for the test class, reset before each test, and a Graph client pointed at it. */
abstract class SimulatorTestSupport {

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create();

    protected GraphClient client;

    @BeforeEach
    void connect() {
        client = new GraphClient(graph.baseUrl());
    }
}
