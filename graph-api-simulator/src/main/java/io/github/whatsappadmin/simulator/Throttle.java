package io.github.whatsappadmin.simulator;

import java.time.Duration;
import java.time.Instant;

/** An account throttled with Graph code 4 (app level) or 80007 (WABA level) until an instant. */
record Throttle(int code, Instant until) {

    boolean isActive(Instant now) {
        return now.isBefore(until);
    }

    /** Whole minutes, rounded up, as estimated_time_to_regain_access reports them. */
    long minutesToRegain(Instant now) {
        long seconds = Duration.between(now, until).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
