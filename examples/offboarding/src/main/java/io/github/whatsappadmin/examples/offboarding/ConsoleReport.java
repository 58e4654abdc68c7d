package io.github.whatsappadmin.examples.offboarding;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The console's view of a run: a line per number as it ends, and the table at the end. */
final class ConsoleReport {

    private final PrintStream out;

    ConsoleReport(PrintStream out) {
        this.out = out;
    }

    static Map<String, Integer> countByOutcome(List<NumberResult> results) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.toString(), 0);
        }
        results.forEach(r -> counts.merge(r.outcome().toString(), 1, Integer::sum));
        return counts;
    }

    void line(int position, int total, NumberResult r) {
        String width = String.valueOf(total);
        StringBuilder line = new StringBuilder(String.format("[%" + width.length() + "d/%s] %-16s %-34s %-20s",
                position, width, r.phoneNumberId(), clip(r.label(), 34), r.outcome()));
        if (r.outcome() == Outcome.PENDING) {
            line.append(" (not sent in this run)");
        } else if (r.fromPreviousRun()) {
            line.append(" (earlier run, not sent again)");
        } else {
            line.append(String.format(" %d %-8s %6d ms", r.attempts(), r.attempts() == 1 ? "attempt" : "attempts",
                    r.durationMs()));
        }
        if (r.category() != null) {
            line.append("  ").append(r.category());
            if (r.graphCode() != null) {
                line.append(", code ").append(r.graphCode());
            }
            if (r.fbtraceId() != null) {
                line.append(", fbtrace_id ").append(r.fbtraceId());
            }
        }
        if (r.retryNotBefore() != null) {
            line.append(", retry after ").append(r.retryNotBefore());
        }
        out.println(line);
    }

    void table(List<NumberResult> results) {
        Map<Outcome, List<NumberResult>> byOutcome = results.stream()
                .collect(Collectors.groupingBy(NumberResult::outcome, () -> new EnumMap<>(Outcome.class),
                        Collectors.toList()));
        long resumed = results.stream().filter(NumberResult::fromPreviousRun).count();
        out.println();
        out.println("Summary: " + results.size() + " numbers"
                    + (resumed > 0 ? ", " + resumed + " of them reported from an earlier run" : ""));
        out.println(String.format("  %-20s %7s  %s", "outcome", "numbers", "categories"));
        for (Outcome outcome : Outcome.values()) {
            List<NumberResult> rows = byOutcome.getOrDefault(outcome, List.of());
            out.println(String.format("  %-20s %7d  %s", outcome, rows.size(), categories(rows)).stripTrailing());
        }
    }

    private static String categories(List<NumberResult> rows) {
        Map<String, Long> counts = rows.stream().filter(r -> r.category() != null)
                .collect(Collectors.groupingBy(NumberResult::category, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
