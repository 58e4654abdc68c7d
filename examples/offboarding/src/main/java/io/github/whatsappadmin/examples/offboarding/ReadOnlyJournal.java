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

import java.util.Map;

/**
 * The journal as a {@code --plan} run sees it: what earlier runs recorded, and nothing more. A plan only reads
 * numbers, so it claims none (reading a number twice is harmless) and records nothing: no result it finds may stand
 * for a real run's.
 *
 * @param describe what the journal is, for messages
 * @param earlier  the last result of each number before this run
 */
record ReadOnlyJournal(String describe, Map<String, NumberResult> earlier) implements RunJournal {

    @Override
    public Claim claim(String phoneNumberId) {
        return Claim.GRANTED;
    }

    @Override
    public void append(NumberResult result) {
        // a plan's results go to the plan files only
    }

    @Override
    public void close() {
        // nothing held
    }
}
