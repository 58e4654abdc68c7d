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

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Where a run keeps its results, and who sends which number. The file journal ({@link ResultJournal}) serves one
 * instance, which may send every number; the shared journal ({@link SharedJournal}) serves many, each claiming a
 * number with a lease before sending it.
 */
interface RunJournal extends Closeable {

    /** What the journal is, for messages: its file, or its database and tables (never a credential). */
    String describe();

    /** The last result recorded for each phone number ID before this run; empty for a new journal. */
    Map<String, NumberResult> earlier();

    /** Asks to send the number now; on {@link Claim#granted()} this instance holds it until {@link #append}. */
    Claim claim(String phoneNumberId) throws IOException;

    /** Records the number's result (and ends this instance's claim on it), durably, before it returns. */
    void append(NumberResult result) throws IOException;

    /**
     * The answer to {@link #claim}.
     *
     * @param granted    this instance may send the number
     * @param doneBy     not granted: the result another instance recorded in this run, or null while one holds it
     * @param askAgainAt not granted and not done: when the number is worth asking for again (its lease ends, or
     *                   another instance may have finished it)
     */
    record Claim(boolean granted, NumberResult doneBy, Instant askAgainAt) {

        static final Claim GRANTED = new Claim(true, null, null);

        static Claim done(NumberResult result) {
            return new Claim(false, result, null);
        }

        static Claim heldUntil(Instant askAgainAt) {
            return new Claim(false, null, askAgainAt);
        }
    }
}
