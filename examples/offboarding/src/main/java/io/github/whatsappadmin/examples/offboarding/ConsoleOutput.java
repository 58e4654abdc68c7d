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

import java.io.PrintStream;

/**
 * The run's output. On a terminal a status line (the progress) stays at the bottom and is redrawn in place, the other
 * lines scroll above it; elsewhere (a file, a pipe, CI) the status is printed as a plain line of its own, so logs hold
 * no control characters. Synchronized: retry notices come from Camel's threads.
 */
final class ConsoleOutput {

    /** Back to the start of the line and erase it (ANSI, understood by every terminal emulator in use). */
    private static final String ERASE_LINE = "\r\033[2K";

    private final PrintStream out;
    private final boolean terminal;
    private String status;

    ConsoleOutput(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    boolean terminal() {
        return terminal;
    }

    synchronized void println(String line) {
        if (status != null) {
            out.print(ERASE_LINE);
        }
        out.println(line);
        if (status != null) {
            out.print(status);
        }
        out.flush();
    }

    synchronized void println() {
        println("");
    }

    /** Shows the status: redrawn in place on a terminal, else printed as a line. */
    synchronized void status(String text) {
        if (!terminal) {
            out.println(text);
        } else {
            out.print(ERASE_LINE + text);
            status = text;
        }
        out.flush();
    }

    /** Removes the status line from a terminal; nothing to do elsewhere. */
    synchronized void clearStatus() {
        if (status != null) {
            out.print(ERASE_LINE);
            out.flush();
            status = null;
        }
    }
}
