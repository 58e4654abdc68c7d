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
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The input as read: what to call it, the SHA-256 of its bytes (so a report names exactly the file it ran on), and
 * its rows.
 *
 * @param name   the file's absolute path, or the bundled demo list's name
 * @param sha256 of the file's bytes, in hex
 * @param rows   its numbers, in file order
 */
record InputFile(String name, String sha256, List<NumberRow> rows) {

    static InputFile parse(String name, byte[] content) throws IOException, InputException {
        List<NumberRow> rows = NumbersCsv.read(new StringReader(new String(content, StandardCharsets.UTF_8)), name);
        return new InputFile(name, sha256(content), rows);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
