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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulatorExtension;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html in a real browser (headless Chromium): it renders, its charts show the run's counts, and it asks the
 * network for nothing. Skipped when Chromium is not installed, except with CI=true, where it fails.
 */
class HtmlReportBrowserTest {

    /** Where the screenshot goes; docs/images/offboarding-report.png is a copy of it. */
    static final Path SCREENSHOT = Path.of("target", "offboarding-report.png");

    @RegisterExtension
    static GraphApiSimulatorExtension graph = GraphApiSimulatorExtension.create().withSetup(DemoWorld::seed);

    @TempDir
    Path dir;

    private HeadlessChromium chromium;

    @BeforeEach
    void browser() {
        chromium = HeadlessChromium.require(dir);
    }

    private Path report(List<NumberRow> extraRows) throws Exception {
        return report(extraRows, false);
    }

    private Path report(List<NumberRow> extraRows, boolean plan) throws Exception {
        InputFile demo;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OffboardingApp.DEMO_INPUT)) {
            demo = InputFile.parse(OffboardingApp.DEMO_INPUT, in.readAllBytes());
        }
        List<NumberRow> rows = new java.util.ArrayList<>(demo.rows());
        rows.addAll(extraRows);
        InputFile input = new InputFile(demo.name(), demo.sha256(), rows);
        Offboarding.Target target = new Offboarding.Target(graph.baseUrl(), DemoWorld.tokens(rows),
                List.of(DemoSeed.TOKEN, DemoSeed.EXPIRED_TOKEN), Duration.ofMillis(1), JournalOrigin.DEMO, List.of());
        Path reportDir = dir.resolve("report");
        new Offboarding(OffboardingOptions.defaults().withReportDir(reportDir).withPlan(plan), target,
                new ConsoleOutput(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false),
                Clock.systemUTC()).run(input);
        return reportDir;
    }

    @Test
    void theReportRendersWithTheRunsCountsAndAsksTheNetworkForNothing() throws Exception {
        Path reportDir = report(List.of());
        Path html = reportDir.resolve(ReportWriter.HTML);
        JsonNode json = new ObjectMapper().readTree(reportDir.resolve(ReportWriter.JSON).toFile());

        HeadlessChromium.Run run = chromium.dumpDom(html);
        Document dom = Jsoup.parse(run.stdout());

        assertThat(dom.body().attr("data-rendered")).as("the script ran to its end").isEqualTo("true");
        Map<String, Integer> counts = new ObjectMapper().convertValue(json.get("summary"),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Integer>>() {
                });
        assertThat(counts).containsEntry("deregistered", 4).containsEntry("skipped", 3).containsEntry("failed", 3);
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            Element bar = dom.selectFirst("#outcome-chart g.bar[data-outcome=" + count.getKey() + "]");
            assertThat(bar).as("bar of " + count.getKey()).isNotNull();
            assertThat(bar.attr("data-count")).isEqualTo(String.valueOf(count.getValue()));
            assertThat(bar.selectFirst("text.count").text()).isEqualTo(String.valueOf(count.getValue()));
            assertThat(dom.selectFirst("#count-" + count.getKey() + " b").text())
                    .isEqualTo(String.valueOf(count.getValue()));
        }
        long succeeded = 0;
        long failed = 0;
        for (JsonNode number : json.get("numbers")) {
            for (JsonNode attempt : number.get("attempt_log")) {
                if ("success".equals(attempt.get("outcome").asText())) {
                    succeeded++;
                } else {
                    failed++;
                }
            }
        }
        // 13 succeeded: 12 reads less the 3 that failed, plus 4 deregisters; 7 failed: 3 reads that failed for good,
        // 2 before a read succeeded (the unstable line), 1 before a deregister succeeded, 1 lockout
        assertThat(succeeded).isEqualTo(13);
        assertThat(failed).isEqualTo(7);
        assertThat(dom.select("#attempt-chart g.slice").stream().mapToLong(g -> Long.parseLong(g.attr("data-success")))
                .sum()).isEqualTo(succeeded);
        assertThat(dom.select("#attempt-chart g.slice").stream().mapToLong(g -> Long.parseLong(g.attr("data-failure")))
                .sum()).isEqualTo(failed);
        assertThat(dom.select("#number-table tbody tr")).hasSize(12);
        assertThat(dom.selectFirst("#shown").text()).isEqualTo("12 of 12 shown");
        assertThat(dom.select("#reason-table tbody tr")).hasSize(json.get("failures_by_reason").size());
        assertThat(dom.selectFirst("#reason-table").text())
                .contains("a WhatsApp Business app (SMB) number, which the Cloud API cannot deregister.");
        // what the pre-check read, in the table
        Element shop = dom.select("#number-table tbody tr").get(3);
        assertThat(shop.select("td").get(4).text()).isEqualTo("skipped");
        assertThat(shop.select("td").get(5).text()).isEqualTo("CONNECTED");
        assertThat(shop.select("td").get(6).text()).isEqualTo("NOT_APPLICABLE");

        String file = Files.readString(html);
        assertThat(file.toLowerCase(Locale.ROOT)).doesNotContain("http://", "https://");
        assertThat(Jsoup.parse(file).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'; ").doesNotContain("unsafe-inline");
        assertThat(run.requestsFromThePage()).isEmpty();
        assertThat(run.consoleMessages()).as("script errors and policy violations").isEmpty();
    }

    @Test
    void textFromTheInputOrFromGraphIsShownAsTextNeverRun() throws Exception {
        String label = "<img src=x onerror=alert(1)></script><script>document.title='owned'</script>"
                       + " https://evil.example/p.png {{rows}}";
        Path reportDir = report(List.of(new NumberRow(13, "5550001", label, "")));
        Path html = reportDir.resolve(ReportWriter.HTML);

        HeadlessChromium.Run run = chromium.dumpDom(html);
        Document dom = Jsoup.parse(run.stdout());

        assertThat(dom.body().attr("data-rendered")).isEqualTo("true");
        Element row = dom.select("#number-table tbody tr").last();
        assertThat(row.select("td").get(2).text()).isEqualTo(label);
        assertThat(row.select("img, script")).isEmpty();
        assertThat(dom.title()).startsWith("Offboarding report: 13 numbers");
        assertThat(Files.readString(html).toLowerCase(Locale.ROOT)).doesNotContain("https://");
        assertThat(run.requestsFromThePage()).isEmpty();
        assertThat(run.consoleMessages()).isEmpty();
    }

    @Test
    void thePlanRendersWithThePlansOutcomesAndAsksTheNetworkForNothing() throws Exception {
        Path reportDir = report(List.of(), true);
        JsonNode json = new ObjectMapper().readTree(reportDir.resolve(ReportWriter.PLAN_JSON).toFile());

        HeadlessChromium.Run run = chromium.dumpDom(reportDir.resolve(ReportWriter.PLAN_HTML));
        Document dom = Jsoup.parse(run.stdout());

        assertThat(dom.body().attr("data-rendered")).isEqualTo("true");
        assertThat(dom.title()).startsWith("Offboarding plan: 12 numbers");
        assertThat(dom.selectFirst("h1").text()).isEqualTo("Offboarding plan");
        assertThat(dom.selectFirst("#mode").text()).contains("Plan: each number was only read (getPhoneNumber)");
        assertThat(dom.selectFirst("#reasons h2").text()).isEqualTo("Would not be deregistered, by reason");
        for (String outcome : List.of("would-deregister", "skipped", "cannot-check")) {
            int count = json.get("summary").get(outcome).asInt();
            assertThat(count).as(outcome).isPositive();
            assertThat(dom.selectFirst("#outcome-chart g.bar[data-outcome=" + outcome + "]").attr("data-count"))
                    .isEqualTo(String.valueOf(count));
            assertThat(dom.selectFirst("#count-" + outcome + " b").text()).isEqualTo(String.valueOf(count));
        }
        assertThat(dom.select("#outcome-filter option")).extracting(Element::text).contains("would-deregister",
                "cannot-check");
        assertThat(run.requestsFromThePage()).isEmpty();
        assertThat(run.consoleMessages()).isEmpty();
    }

    @Test
    void aScreenshotShowsTheReport() throws Exception {
        Path html = report(List.of()).resolve(ReportWriter.HTML);
        Files.createDirectories(SCREENSHOT.toAbsolutePath().getParent());
        Files.deleteIfExists(SCREENSHOT);

        HeadlessChromium.Run run = chromium.screenshot(html, SCREENSHOT, 1280, 1600);

        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(1600);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("a page, not a blank image").hasSizeGreaterThan(50);
        // the bars' colours (deregistered green, failed red) are on it
        assertThat(colours).contains(0xff2e7d32, 0xffc62828);
        assertThat(run.requestsFromThePage()).isEmpty();
    }
}
