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
package io.github.whatsappadmin.camel.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Encodes query parameters: unreserved characters and the commas of field lists as they are, the rest as %XX. */
public final class QueryString {

    private static final String HEX = "0123456789ABCDEF";

    private QueryString() {
    }

    /** {@code ?name=value&...}, or the empty string for no parameters. */
    public static String of(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((name, value) -> sb.append(sb.length() == 0 ? '?' : '&').append(encode(name)).append('=')
                .append(encode(value)));
        return sb.toString();
    }

    static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~,".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return sb.toString();
    }
}
