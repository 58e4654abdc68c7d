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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * How far the run is: numbers done of the numbers to send, the rate, the time elapsed and an estimate of the time
 * left. On a terminal it is redrawn after every number; elsewhere a plain line is printed every {@link #PLAIN_EVERY}.
 */
final class Progress {

    static final Duration PLAIN_EVERY = Duration.ofSeconds(10);

    private final ConsoleOutput console;
    private final Clock clock;
    private final int total;
    private final Instant started;
    private int done;
    private Instant lastPlain;

    Progress(ConsoleOutput console, Clock clock, int total) {
        this.console = console;
        this.clock = clock;
        this.total = total;
        this.started = clock.instant();
        this.lastPlain = started;
    }

    /** Shows the status before the first number (on a terminal). */
    void begin() {
        if (console.terminal() && total > 0) {
            console.status(text());
        }
    }

    /** One more number is done. */
    void numberDone() {
        done++;
        if (console.terminal()) {
            console.status(text());
        } else if (!clock.instant().isBefore(lastPlain.plus(PLAIN_EVERY))) {
            lastPlain = clock.instant();
            console.status(text());
        }
    }

    /** Removes the status line; returns the time since the start. */
    Duration end() {
        console.clearStatus();
        return elapsed();
    }

    int done() {
        return done;
    }

    /** E.g. {@code Progress: 1,200/2,000 numbers (60%), 61.7 numbers/s, elapsed 19 s, about 13 s left}. */
    String text() {
        Duration elapsed = elapsed();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Progress: %,d/%s (%d%%)", done,
                Plural.of(total, "number"), total == 0 ? 100 : done * 100L / total));
        if (done > 0 && !elapsed.isZero()) {
            text.append(", ").append(rate(done, elapsed));
        }
        text.append(", elapsed ").append(Durations.format(elapsed));
        if (done > 0 && done < total) {
            Duration left = elapsed.multipliedBy(total - done).dividedBy(done);
            text.append(", about ").append(Durations.format(left)).append(" left");
        }
        return text.toString();
    }

    /** Numbers per second, or per minute when slower than one a second. */
    static String rate(long numbers, Duration elapsed) {
        double perSecond = numbers * 1000.0 / Math.max(1, elapsed.toMillis());
        return perSecond >= 1 ? String.format(Locale.ROOT, "%.1f numbers/s", perSecond)
                : String.format(Locale.ROOT, "%.1f numbers/min", perSecond * 60);
    }

    private Duration elapsed() {
        return Duration.between(started, clock.instant());
    }
}
