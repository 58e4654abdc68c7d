package io.github.whatsappadmin.examples.offboarding;

import java.util.List;
import java.util.Map;

/**
 * Everything the reports say about one run.
 *
 * @param origin    mode, Graph base URL, API version, job version
 * @param startedAt when the run started (ISO-8601)
 * @param endedAt   when it ended (ISO-8601)
 * @param input     the input file
 * @param options   the options in force (no secret among them)
 * @param sent      numbers sent in this run
 * @param results   one per input row, in input order
 */
record RunReport(JournalOrigin origin, String startedAt, String endedAt, InputFile input, Map<String, Object> options,
                 int sent, List<NumberResult> results) {
}
