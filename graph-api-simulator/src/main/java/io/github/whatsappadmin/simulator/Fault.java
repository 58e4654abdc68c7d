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

/**
 * Failures of the path between client and Graph, injected with {@link Faults}. Except {@link #SLOW_BODY}, a fault
 * answers instead of Graph: the request is journaled but changes no state and uses no budget.
 */
public enum Fault {
    /** 500 with a Graph JSON envelope, code 1 "An unknown error has occurred.", is_transient false. */
    HTTP_500,
    /** 502 text/html page, as a proxy or load balancer in front of Graph sends it. */
    HTML_502,
    /** 503 text/html page. */
    HTML_503,
    /** 504 text/html page. */
    HTML_504,
    /** The connection is reset by the server (TCP RST) without an answer. */
    CONNECTION_RESET,
    /** The connection is closed without a single byte of answer. */
    EMPTY_RESPONSE,
    /** Garbage bytes, then the connection is closed. */
    RANDOM_DATA_THEN_CLOSE,
    /** A 200 status line and headers, then a broken chunked body. */
    MALFORMED_CHUNK,
    /**
     * The request is processed normally (state changes, budget counts), then its body is dribbled over
     * {@link #SLOW_BODY_DURATION}: what a client with a short read timeout sees when Graph is slow.
     */
    SLOW_BODY;

    /** How long {@link #SLOW_BODY} takes to send the body. */
    public static final Duration SLOW_BODY_DURATION = Duration.ofSeconds(3);

    /** Whether the simulated Graph API still handles the request behind this fault. */
    boolean reachesGraph() {
        return this == SLOW_BODY;
    }
}
