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

import java.util.List;
import java.util.Map;

/**
 * Everything the reports say about one run.
 *
 * @param origin    mode, Graph base URL, API version, job version
 * @param plan      a {@code --plan} run: only the pre-checks were sent
 * @param startedAt when the run started (ISO-8601)
 * @param endedAt   when it ended (ISO-8601)
 * @param input     the input file
 * @param options   the options in force (no secret among them)
 * @param sent      numbers sent in this run
 * @param results   one per input row, in input order
 */
record RunReport(JournalOrigin origin, boolean plan, String startedAt, String endedAt, InputFile input,
                 Map<String, Object> options, int sent, List<NumberResult> results) {
}
