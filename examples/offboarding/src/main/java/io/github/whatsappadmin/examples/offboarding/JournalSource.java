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

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.github.whatsappadmin.camel.WhatsAppRegistrationBudgetStore;

/** Where a run's journal is: the file in the report directory (one instance), or the shared one (many). */
interface JournalSource {

    /** Opens the journal for a run of this origin; refuses one that another mode or Graph API wrote. */
    RunJournal open(JournalOrigin origin, Clock clock) throws IOException, InputException;

    /** The journal for a {@code --plan} run: read with the same refusals, never created or written. */
    RunJournal openForPlan(JournalOrigin origin) throws IOException, InputException;

    /** The registration budget store that the instances share, or null for the component's own (in memory). */
    WhatsAppRegistrationBudgetStore budgetStore();

    /** The file journal without {@code --journal}, else the shared one with the credentials of the environment. */
    static JournalSource of(OffboardingOptions options, Map<String, String> environment) throws InputException {
        return options.journal() == null ? file(options.reportDir())
                : new SharedJournalSource(options.journal(), environment, options.lease(), options.journalPrefix());
    }

    static JournalSource file(Path reportDir) {
        return new JournalSource() {
            @Override
            public RunJournal open(JournalOrigin origin, Clock clock) throws IOException, InputException {
                return ResultJournal.open(reportDir.resolve(ResultJournal.FILE_NAME), origin);
            }

            @Override
            public RunJournal openForPlan(JournalOrigin origin) throws IOException, InputException {
                Path file = reportDir.resolve(ResultJournal.FILE_NAME);
                return new ReadOnlyJournal(file.toAbsolutePath().toString(), ResultJournal.readOnly(file, origin));
            }

            @Override
            public WhatsAppRegistrationBudgetStore budgetStore() {
                return null;
            }
        };
    }
}
