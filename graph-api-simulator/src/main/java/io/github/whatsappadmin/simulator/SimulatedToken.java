package io.github.whatsappadmin.simulator;

import java.util.Set;

/** An access token: its state and the accounts it may act on (empty: all). */
record SimulatedToken(TokenState state, Set<String> accounts) {

    boolean canAccess(String account) {
        return accounts.isEmpty() || accounts.contains(account);
    }
}
