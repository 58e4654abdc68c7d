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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Every request the simulator received, in arrival order (the oldest are dropped past {@link #CAPACITY}). */
public final class Journal {

    /** Bounds memory when the standalone simulator runs for days. */
    public static final int CAPACITY = 10_000;

    private final Deque<JournalEntry> entries = new ArrayDeque<>();

    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    public synchronized int count() {
        return entries.size();
    }

    /** The requests whose path addresses this phone number ID. */
    public synchronized List<JournalEntry> forPhoneNumber(String phoneNumberId) {
        return entries.stream()
                .filter(e -> e.phoneNumberId().filter(phoneNumberId::equals).isPresent())
                .toList();
    }

    /** The requests for the list of this business account's phone numbers. */
    public synchronized List<JournalEntry> forBusinessAccount(String wabaId) {
        return entries.stream()
                .filter(e -> e.businessAccountId().filter(wabaId::equals).isPresent())
                .toList();
    }

    public synchronized Journal clear() {
        entries.clear();
        return this;
    }

    synchronized void record(JournalEntry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }
}
