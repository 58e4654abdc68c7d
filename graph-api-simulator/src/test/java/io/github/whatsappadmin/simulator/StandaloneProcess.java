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
package io.github.whatsappadmin.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone simulator in its own JVM, as a person starts it; the base URL is read from what it prints. */
final class StandaloneProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://localhost:\\d+)");

    private final Process process;
    private final BufferedReader reader;
    private final List<String> output = new ArrayList<>();
    private final String baseUrl;

    private StandaloneProcess(List<String> command) throws IOException {
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String found = null;
        // Reads until the banner's last line; the caller bounds this with a timeout.
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            output.add(line);
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                found = m.group(1);
            }
            if (line.startsWith("Press Ctrl-C")) {
                break;
            }
        }
        baseUrl = found;
    }

    /** {@code java -cp <classpath> io.github.whatsappadmin.simulator.Main args...} */
    static StandaloneProcess mainClass(String classpath, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        return new StandaloneProcess(command);
    }

    /** {@code java -jar <jar> args...} */
    static StandaloneProcess jar(String jar, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar));
        command.addAll(List.of(args));
        return new StandaloneProcess(command);
    }

    /** How a process that ends by itself ended: its exit code and every line it printed (stdout and stderr). */
    record Exited(int code, List<String> output) {
    }

    /** Runs {@code Main args...} until it exits by itself, as a start that fails does; the caller bounds the time. */
    static Exited runToExit(String classpath, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        }
        return new Exited(process.waitFor(), lines);
    }

    String baseUrl() {
        return baseUrl;
    }

    List<String> output() {
        return output;
    }

    /** The next line it prints after the banner (blocks; the caller bounds this with a timeout). */
    String nextLine() throws IOException {
        String line = reader.readLine();
        output.add(line);
        return line;
    }

    /** Stops it as Ctrl-C would (SIGTERM runs the same shutdown hook) and answers whether it ended in time. */
    boolean stop() throws InterruptedException {
        process.destroy();
        return process.waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
