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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress as the operator sees it, on a terminal and in a log, with a clock the test moves. */
class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    };

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private void later(Duration duration) {
        now = now.plus(duration);
    }

    @Test
    void theTextSaysDoneOfTotalTheRateTheTimeElapsedAndTheTimeLeft() {
        Progress progress = new Progress(new ConsoleOutput(out, false), clock, 2000);
        for (int i = 0; i < 500; i++) {
            progress.numberDone();
        }
        later(Duration.ofSeconds(10));

        assertThat(progress.text()).isEqualTo("Progress: 500/2,000 numbers (25%), 50.0 numbers/s, elapsed 10 s,"
                                              + " about 30 s left");
    }

    @Test
    void aSlowRunIsCountedPerMinute() {
        assertThat(Progress.rate(3, Duration.ofMinutes(2))).isEqualTo("1.5 numbers/min");
        assertThat(Progress.rate(1, Duration.ofSeconds(1))).isEqualTo("1.0 numbers/s");
    }

    @Test
    void onATerminalTheStatusIsRedrawnInPlaceBelowTheLinesAndRemovedAtTheEnd() {
        ConsoleOutput console = new ConsoleOutput(out, true);
        Progress progress = new Progress(console, clock, 2);
        progress.begin();
        later(Duration.ofSeconds(1));
        console.println("[1/2] 1001 deregistered");
        progress.numberDone();
        Duration elapsed = progress.end();

        assertThat(printed()).isEqualTo("\r\033[2KProgress: 0/2 numbers (0%), elapsed 0 ms"
                                        + "\r\033[2K[1/2] 1001 deregistered" + System.lineSeparator()
                                        + "Progress: 0/2 numbers (0%), elapsed 0 ms"
                                        + "\r\033[2KProgress: 1/2 numbers (50%), 1.0 numbers/s, elapsed 1 s,"
                                        + " about 1 s left"
                                        + "\r\033[2K");
        assertThat(elapsed).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void elsewhereAPlainLineEveryTenSecondsAndNoControlCharacters() {
        ConsoleOutput console = new ConsoleOutput(out, false);
        Progress progress = new Progress(console, clock, 100);
        progress.begin();
        for (int i = 0; i < 30; i++) {
            later(Duration.ofSeconds(1));
            progress.numberDone();
        }
        progress.end();

        assertThat(printed().lines()).containsExactly(
                "Progress: 10/100 numbers (10%), 1.0 numbers/s, elapsed 10 s, about 90 s left",
                "Progress: 20/100 numbers (20%), 1.0 numbers/s, elapsed 20 s, about 80 s left",
                "Progress: 30/100 numbers (30%), 1.0 numbers/s, elapsed 30 s, about 70 s left");
        assertThat(printed()).doesNotContain("\r", "\033");
    }
}
