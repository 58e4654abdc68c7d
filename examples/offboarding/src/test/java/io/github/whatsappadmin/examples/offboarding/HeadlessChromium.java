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

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Chromium from Debian's packages, headless, with a new profile each time and its own background services switched
 * off. Records the browser's network log and console, so a test can tell what the page asked for.
 */
final class HeadlessChromium {

    /** What one run of the browser left. */
    record Run(String stdout, String stderr, Path netLog) {

        /** Lines of the page's console (script errors, Content-Security-Policy violations, console.log). */
        List<String> consoleMessages() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }

        /**
         * The URLs of the requests the page started. The browser's own requests (update checks and the like) have no
         * initiating origin and are left out; a request from the page (a file:// document) is initiated by "null".
         */
        List<String> requestsFromThePage() throws IOException {
            String text = Files.readString(netLog, StandardCharsets.UTF_8).strip();
            if (!text.endsWith("}")) {
                text = text.replaceAll(",\\s*$", "") + "]}"; // a log whose writer stopped before closing it
            }
            JsonNode log = new ObjectMapper().readTree(text);
            int startJob = log.get("constants").get("logEventTypes").get("URL_REQUEST_START_JOB").asInt();
            List<String> urls = new ArrayList<>();
            for (JsonNode event : log.get("events")) {
                JsonNode params = event.get("params");
                if (event.get("type").asInt() == startJob && params != null && params.has("url")
                    && !"not an origin".equals(params.path("initiator").asText())) {
                    urls.add(params.get("url").asText());
                }
            }
            return urls;
        }
    }

    private final Path executable;
    private final Path workDir;

    private HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /**
     * The browser, or the test is skipped when it is not installed; with CI=true a missing browser fails the test
     * (.ci/run installs it).
     */
    static HeadlessChromium require(Path workDir) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser").map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            String why = "Chromium is not installed (Debian: apt-get update && apt-get install -y chromium)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why + "; CI must run the browser test, and .ci/run installs it");
            }
            assumeTrue(false, why + ": the browser test of the HTML report is skipped");
        }
        return new HeadlessChromium(found.get(), workDir);
    }

    /** Opens the file and returns the DOM after its scripts ran. */
    Run dumpDom(Path html) throws Exception {
        return run(html, "--dump-dom");
    }

    /** Opens the file and saves a screenshot of the given size. */
    Run screenshot(Path html, Path png, int width, int height) throws Exception {
        return run(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private Run run(Path html, String... action) throws Exception {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path netLog = Files.createTempFile(workDir, "netlog", ".json");
        Path stdout = Files.createTempFile(workDir, "chromium", ".out");
        Path stderr = Files.createTempFile(workDir, "chromium", ".err");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--mute-audio",
                "--user-data-dir=" + profile, "--log-net-log=" + netLog, "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(action));
        command.add(html.toUri().toString());
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish within 90 s: " + Files.readString(stderr));
        }
        if (process.exitValue() != 0) {
            fail("Chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
        }
        return new Run(Files.readString(stdout), Files.readString(stderr), netLog);
    }
}
