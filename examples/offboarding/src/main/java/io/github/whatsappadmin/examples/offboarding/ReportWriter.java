package io.github.whatsappadmin.examples.offboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes report.csv and report.json: one row per input number, in input order. Each file is replaced atomically. */
final class ReportWriter {

    static final String CSV = "report.csv";
    static final String JSON = "report.json";
    static final List<String> COLUMNS = List.of("phone_number_id", "label", "account", "outcome", "category",
            "graph_code", "http_status", "fbtrace_id", "attempts", "duration_ms", "retry_not_before", "message",
            "completed_at", "from_previous_run");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    static void write(Path dir, String mode, List<NumberResult> results) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", COLUMNS));
        for (NumberResult r : results) {
            lines.add(Csv.line(Arrays.asList(r.phoneNumberId(), r.label(), r.account(), r.outcome(),
                    r.category(), r.graphCode(), r.httpStatus(), r.fbtraceId(), r.attempts(), r.durationMs(),
                    r.retryNotBefore(), r.message(), r.completedAt(), r.fromPreviousRun())));
        }
        replace(dir.resolve(CSV), String.join("\n", lines) + "\n");

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("mode", mode);
        report.put("summary", ConsoleReport.countByOutcome(results));
        report.put("numbers", results);
        replace(dir.resolve(JSON), MAPPER.writeValueAsString(report) + "\n");
    }

    private static void replace(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
