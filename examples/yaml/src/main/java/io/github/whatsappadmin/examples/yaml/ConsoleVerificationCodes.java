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
package io.github.whatsappadmin.examples.yaml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;

/**
 * Against Graph: the person holding the phone types the code it received. The line read is never echoed or logged; a
 * malformed one is refused by verifyCode, which names the field and not the value.
 */
final class ConsoleVerificationCodes implements VerificationCodes {

    private final BufferedReader in;
    private final PrintStream out;

    ConsoleVerificationCodes() {
        this(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())), System.out);
    }

    ConsoleVerificationCodes(BufferedReader in, PrintStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public synchronized VerifyCodeRequest received(String phoneNumberId) {
        out.println("Enter the verification code sent to " + phoneNumberId + ":");
        out.flush();
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException("No verification code entered for " + phoneNumberId
                                                + " (the input ended)");
            }
            return VerifyCodeRequest.of(line.trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
