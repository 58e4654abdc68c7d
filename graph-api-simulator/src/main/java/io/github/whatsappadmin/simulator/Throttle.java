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
