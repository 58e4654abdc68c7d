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

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The console's view of a run: a line per number as it ends (with the reason when it failed or was skipped), and the
 * summary. A {@code --plan} run says what a real run would do: "would deregister", "would skip: ...", "cannot
 * check: ...".
 */
final class ConsoleReport {

    private final ConsoleOutput out;
    private final boolean plan;

    ConsoleReport(ConsoleOutput out, boolean plan) {
        this.out = out;
        this.plan = plan;
    }

    void line(int position, int total, NumberResult r) {
        String width = String.valueOf(total);
        StringBuilder line = new StringBuilder(String.format("[%" + width.length() + "d/%s] %-16s %-34s ",
                position, width, r.phoneNumberId(), clip(r.label(), 34)));
        if (plan && !r.fromPreviousRun() && r.outcome() != Outcome.PENDING) {
            planLine(line, r);
            out.println(line.toString());
            return;
        }
        line.append(String.format("%-20s", r.outcome()));
        if (r.outcome() == Outcome.PENDING) {
            line.append(plan ? " (not checked in this run)" : " (not sent in this run)");
        } else if (r.fromPreviousRun()) {
            line.append(plan ? " (earlier run, not checked again)" : " (earlier run, not sent again)");
        } else {
            line.append(String.format(" %-10s %6d ms", Plural.of(r.attempts(), "attempt"), r.durationMs()));
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
        if (r.reason() != null && r.outcome() != Outcome.PENDING) {
            line.append(": ").append(r.reason());
        }
        out.println(line.toString());
    }

    /** What a real run would do with a number this plan run checked. */
    private static void planLine(StringBuilder line, NumberResult r) {
        switch (r.outcome()) {
            case WOULD_DEREGISTER -> line.append("would deregister (").append(read(r)).append(')');
            case ALREADY_DEREGISTERED -> line.append("would skip: already deregistered (").append(read(r)).append(')');
            case SKIPPED -> line.append("would skip: ").append(r.reason());
            default -> {
                line.append("cannot check: ").append(r.category());
                if (r.graphCode() != null) {
                    line.append(", code ").append(r.graphCode());
                }
                if (r.fbtraceId() != null) {
                    line.append(", fbtrace_id ").append(r.fbtraceId());
                }
                line.append(": ").append(r.reason());
            }
        }
    }

    /**
     * The table of outcomes, then the numbers not deregistered grouped by reason.
     *
     * @param sent    numbers sent in this run
     * @param sending the time from the first number sent to the last
     * @param total   the run's time, start-up and reports included
     */
    void table(List<NumberResult> results, int sent, Duration sending, Duration total) {
        Map<Outcome, Long> byOutcome = results.stream()
                .collect(Collectors.groupingBy(NumberResult::outcome, () -> new EnumMap<>(Outcome.class),
                        Collectors.counting()));
        long resumed = results.stream().filter(NumberResult::fromPreviousRun).count();
        out.println();
        out.println((plan ? "Plan" : "Summary") + ": " + Plural.of(results.size(), "number")
                    + (resumed > 0 ? ", " + resumed + " of them reported from an earlier run" : "") + "; "
                    + Plural.of(sent, "number") + (plan ? " checked in " : " sent in ") + Durations.format(sending)
                    + (sent > 0 ? " (" + Progress.rate(sent, sending) + ")" : "") + "; total time "
                    + Durations.format(total));
        out.println(String.format("  %-20s %7s", "outcome", "numbers"));
        for (Outcome outcome : Outcome.of(plan)) {
            out.println(String.format("  %-20s %,7d", outcome, byOutcome.getOrDefault(outcome, 0L)));
        }
        List<ReasonGroup> groups = ReasonGroup.of(results);
        if (!groups.isEmpty()) {
            out.println();
            out.println(plan ? "Would not be deregistered, by reason:" : "Not deregistered, by reason:");
            for (ReasonGroup g : groups) {
                // a skip is no failure: it has no category
                String why = g.category() == null ? ""
                        : g.category() + (g.graphCode() != null ? ", code " + g.graphCode() : "") + ": ";
                out.println(String.format("  %-20s %,7d  %s%s", g.outcome(), g.numbers(), why, g.reason()));
            }
        }
    }

    /** What the pre-check read. */
    private static String read(NumberResult r) {
        return "status " + Objects.toString(r.status(), "not sent") + ", platform_type "
               + Objects.toString(r.platformType(), "not sent");
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "~";
    }
}
