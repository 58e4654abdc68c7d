package io.github.whatsappadmin.simulator;

import java.util.Map;

/**
 * What the simulated API decided for one request: a success body or an error, plus what the usage headers need
 * (the account addressed, if known, and minutes until a throttle ends).
 */
record Outcome(Map<String, Object> success, GraphError error, String account, long minutesToRegain) {

    static final Map<String, Object> SUCCESS = Map.of("success", true);

    static Outcome ok(String account) {
        return new Outcome(SUCCESS, null, account, 0);
    }

    static Outcome ok(Map<String, Object> body, String account) {
        return new Outcome(body, null, account, 0);
    }

    static Outcome failed(GraphError error, String account) {
        return new Outcome(null, error, account, 0);
    }

    static Outcome throttled(GraphError error, String account, long minutesToRegain) {
        return new Outcome(null, error, account, minutesToRegain);
    }
}
