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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes report.csv, report.json and report.html (plan.csv, plan.json and plan.html for a {@code --plan} run, so that
 * a plan never replaces a real run's report): one row per input number, in input order. Each file is replaced
 * atomically.
 */
final class ReportWriter {

    static final String CSV = "report.csv";
    static final String JSON = "report.json";
    static final String HTML = "report.html";
    static final String PLAN_CSV = "plan.csv";
    static final String PLAN_JSON = "plan.json";
    static final String PLAN_HTML = "plan.html";
    static final List<String> COLUMNS = List.of("phone_number_id", "label", "account", "outcome", "status",
            "platform_type", "category",
            "graph_code", "http_status", "fbtrace_id", "attempts", "duration_ms", "retry_not_before", "reason",
            "message", "completed_at", "from_previous_run");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** The files a run writes, in the order csv, json, html. */
    static List<String> files(boolean plan) {
        return plan ? List.of(PLAN_CSV, PLAN_JSON, PLAN_HTML) : List.of(CSV, JSON, HTML);
    }

    static void write(Path dir, RunReport run) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS));
        for (NumberResult r : run.results()) {
            lines.add(Csv.line(Arrays.asList(r.phoneNumberId(), r.label(), r.account(), r.outcome(), r.status(),
                    r.platformType(), r.category(), r.graphCode(), r.httpStatus(), r.fbtraceId(), r.attempts(),
                    r.durationMs(), r.retryNotBefore(), r.reason(), r.message(), r.completedAt(),
                    r.fromPreviousRun())));
        }
        List<String> files = files(run.plan());
        replace(dir.resolve(files.get(0)), String.join("\n", lines) + "\n");
        replace(dir.resolve(files.get(1)), MAPPER.writeValueAsString(json(run)) + "\n");
        replace(dir.resolve(files.get(2)), HtmlReport.render(run, MAPPER));
    }

    /**
     * report.json (plan.json): what ran, on what, when, with which options; the summary; every number with its
     * requests.
     */
    static Map<String, Object> json(RunReport run) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("job_version", run.origin().jobVersion());
        report.put("mode", run.origin().mode());
        report.put("plan", run.plan());
        report.put("graph_base_url", run.origin().graphBaseUrl());
        report.put("api_version", run.origin().apiVersion());
        report.put("started_at", run.startedAt());
        report.put("ended_at", run.endedAt());
        report.put("duration_ms", Duration.between(Instant.parse(run.startedAt()), Instant.parse(run.endedAt()))
                .toMillis());
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("file", run.input().name());
        input.put("sha256", run.input().sha256());
        input.put("numbers", run.input().rows().size());
        report.put("input", input);
        report.put("options", run.options());
        report.put("sent", run.sent());
        report.put("summary", ReasonGroup.countByOutcome(run.results(), run.plan()));
        report.put("failures_by_reason", ReasonGroup.of(run.results()));
        report.put("numbers", run.results());
        return report;
    }

    private static void replace(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
