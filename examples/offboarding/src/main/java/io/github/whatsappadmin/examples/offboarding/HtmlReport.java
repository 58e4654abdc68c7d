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
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * report.html: one self-contained file a team lead opens from the report directory. Its style and script are inline
 * and allowed by their hashes in a {@code Content-Security-Policy} of {@code default-src 'none'}, so the page loads
 * nothing, from anywhere, and no text from Graph or the input can run as script. The tables are plain HTML; the
 * script draws the charts from the data embedded in the page and filters the table.
 */
final class HtmlReport {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final String TEMPLATE = resource("report.html");
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private HtmlReport() {
    }

    static String render(RunReport run, ObjectMapper json) throws JsonProcessingException {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("csp", "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS)
                          + "'; base-uri 'none'; form-action 'none'");
        String heading = run.plan() ? "Offboarding plan" : "Offboarding report";
        values.put("title", text(heading + ": " + Plural.of(run.results().size(), "number") + ", "
                                 + run.origin().mode() + ", " + run.startedAt()));
        values.put("css", CSS);
        values.put("heading", heading);
        values.put("mode", run.origin().mode());
        values.put("modeText", text((JournalOrigin.DEMO.equals(run.origin().mode())
                ? "Demo: against the embedded Graph API simulator, with demo data. Nothing was sent to Graph."
                : "Live: against the Graph API at " + host(run.origin().graphBaseUrl()) + ".")
                                    + (run.plan() ? " Plan: each number was only read (getPhoneNumber); nothing was"
                                                    + " deregistered, and the journal was left as it was." : "")));
        values.put("facts", facts(run));
        values.put("cards", cards(run));
        values.put("reasonsHeading",
                run.plan() ? "Would not be deregistered, by reason" : "Not deregistered, by reason");
        values.put("reasons", reasons(run));
        values.put("outcomeOptions", outcomeOptions(run.plan()));
        values.put("rows", rows(run.results()));
        values.put("jobVersion", text(run.origin().jobVersion()));
        // "<" escaped, so no text in the data can end the script element
        values.put("data", json.writer().writeValueAsString(chartData(run)).replace("<", "\\u003c"));
        values.put("js", JS);
        // one pass over the template, so a value that happens to contain "{{...}}" stays as it is
        Matcher placeholder = PLACEHOLDER.matcher(TEMPLATE);
        StringBuilder html = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(html, Matcher.quoteReplacement(values.get(placeholder.group(1))));
        }
        return placeholder.appendTail(html).toString();
    }

    private static String facts(RunReport run) {
        Duration duration = Duration.between(Instant.parse(run.startedAt()), Instant.parse(run.endedAt()));
        Map<String, Object> options = run.options();
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Started", run.startedAt()});
        facts.add(new String[] {"Ended", run.endedAt()});
        facts.add(new String[] {"Duration", Durations.format(duration) + (run.sent() > 0
                ? " (" + Plural.of(run.sent(), "number") + (run.plan() ? " checked, " : " sent, ")
                  + Progress.rate(run.sent(), duration) + ")"
                : " (nothing sent)")});
        facts.add(new String[] {"Input", run.input().name() + " (" + Plural.of(run.input().rows().size(), "number")
                                         + ")"});
        facts.add(new String[] {"Input SHA-256", run.input().sha256()});
        facts.add(new String[] {"Graph API", host(run.origin().graphBaseUrl()) + ", " + run.origin().apiVersion()});
        facts.add(new String[] {"Options", "max retries " + options.get("max_retries") + ", max wait "
                                           + options.get("max_wait") + ", limit "
                                           + (options.get("limit") == null ? "none" : options.get("limit"))
                                           + ", report directory " + options.get("report_dir")
                                           + (run.plan() ? ", --plan" : "")});
        facts.add(new String[] {"Accounts with their own token", String.valueOf(options.get("accounts_with_own_token"))
                .replaceAll("^\\[|\\]$", "").transform(s -> s.isEmpty() ? "none" : s)});
        facts.add(new String[] {"Job version", run.origin().jobVersion()});
        StringBuilder html = new StringBuilder();
        for (String[] fact : facts) {
            html.append("<dt>").append(text(fact[0])).append("</dt><dd>").append(text(fact[1])).append("</dd>");
        }
        return html.toString();
    }

    private static String cards(RunReport run) {
        StringBuilder html = new StringBuilder();
        for (Map.Entry<String, Integer> count : ReasonGroup.countByOutcome(run.results(), run.plan()).entrySet()) {
            html.append("<div class=\"card o-").append(count.getKey()).append("\" id=\"count-").append(count.getKey())
                    .append("\"><b>").append(String.format(Locale.ROOT, "%,d", count.getValue())).append("</b>")
                    .append(count.getKey()).append("</div>");
        }
        return html.toString();
    }

    private static String reasons(RunReport run) {
        List<ReasonGroup> groups = ReasonGroup.of(run.results());
        if (groups.isEmpty()) {
            return "<p id=\"no-failures\">" + (run.plan() ? "Every number checked would be deregistered, or already is."
                    : "Every number sent is deregistered.") + "</p>";
        }
        StringBuilder html = new StringBuilder("<table id=\"reason-table\"><thead><tr><th>Outcome</th>"
                                               + "<th>Numbers</th><th>Category</th><th>Graph code</th><th>Reason</th>"
                                               + "<th>First number</th></tr></thead><tbody>");
        for (ReasonGroup g : groups) {
            html.append("<tr><td class=\"outcome o-").append(g.outcome()).append("\">").append(g.outcome())
                    .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", g.numbers()))
                    .append("</td><td>").append(text(g.category())).append("</td><td>")
                    .append(g.graphCode() == null ? "" : g.graphCode()).append("</td><td>").append(text(g.reason()))
                    .append("</td><td class=\"id\">").append(text(g.example())).append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private static String outcomeOptions(boolean plan) {
        StringBuilder html = new StringBuilder();
        for (Outcome outcome : Outcome.of(plan)) {
            html.append("<option>").append(outcome).append("</option>");
        }
        return html.toString();
    }

    private static String rows(List<NumberResult> results) {
        StringBuilder html = new StringBuilder();
        int position = 0;
        for (NumberResult r : results) {
            position++;
            html.append("<tr data-outcome=\"").append(r.outcome()).append("\"><td class=\"num\">").append(position)
                    .append("</td><td class=\"id\">").append(text(r.phoneNumberId())).append("</td><td>")
                    .append(text(r.label())).append("</td><td class=\"id\">").append(text(r.account()))
                    .append("</td><td class=\"outcome o-").append(r.outcome()).append("\">").append(r.outcome())
                    .append(r.fromPreviousRun() ? " <span class=\"earlier\">(earlier run)</span>" : "")
                    .append("</td><td>").append(text(r.status())).append("</td><td>").append(text(r.platformType()))
                    .append("</td><td class=\"num\">").append(r.attempts()).append("</td><td class=\"num\">")
                    .append(r.outcome() == Outcome.PENDING ? "" : Durations.format(Duration.ofMillis(r.durationMs())))
                    .append("</td><td>").append(text(r.reason())).append("</td><td class=\"trace\">")
                    .append(text(r.fbtraceId())).append("</td><td>").append(text(r.retryNotBefore()))
                    .append("</td></tr>\n");
        }
        return html.toString();
    }

    /** What the script draws: the outcome counts, and each request of this run as its time from the start. */
    private static Map<String, Object> chartData(RunReport run) {
        Instant started = Instant.parse(run.startedAt());
        List<Map<String, Object>> outcomes = new ArrayList<>();
        ReasonGroup.countByOutcome(run.results(), run.plan()).forEach((outcome, count) -> outcomes.add(
                Map.of("outcome", outcome, "count", count)));
        List<Map<String, Object>> attempts = new ArrayList<>();
        for (NumberResult r : run.results()) {
            if (r.fromPreviousRun()) {
                continue;
            }
            for (Attempt a : r.attemptLog()) {
                long at = Duration.between(started, Instant.parse(a.startedAt())).toMillis();
                attempts.add(Map.of("atMs", Math.max(0, at), "ok", a.succeeded()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("outcomes", outcomes);
        data.put("durationMs", Duration.between(started, Instant.parse(run.endedAt())).toMillis());
        data.put("attempts", attempts);
        return data;
    }

    /** Host and port only: the page names no URL. */
    private static String host(String baseUrl) {
        URI uri = URI.create(baseUrl);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /**
     * Text for an element or attribute. A scheme's "://" is written with an entity, so that even a label or a reason
     * quoting a link leaves no URL in the file (the browser shows it unchanged).
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("://", ":&#47;&#47;");
    }

    private static String sha256(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the job's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
