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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Removes the secrets of one call (token, proxy credentials, PIN, code...) from any text taken from the answer: a proxy
 * error page, a misbehaving gateway or Graph itself may echo the request back, in a header or in the body. A secret is
 * found as sent, in the encodings an echo typically uses (URL, JSON and HTML escaping), and, for a long secret, as any
 * run of {@value #FRAGMENT} or more of its characters (an echo cut short, or cut at the read limit).
 */
public final class Redactor {

    static final String MASK = "[REDACTED]";

    /** The shortest piece of a long secret that is masked on its own; shorter pieces are too likely by chance. */
    static final int FRAGMENT = 16;

    /** The rolling hash's base: odd, so that multiplying by it loses nothing modulo 2^64. */
    private static final long BASE = 1_000_003L;
    /** {@code BASE} to the power {@value #FRAGMENT}: what the character leaving the window weighs. */
    private static final long BASE_POWER;

    static {
        long power = 1;
        for (int i = 0; i < FRAGMENT; i++) {
            power *= BASE;
        }
        BASE_POWER = power;
    }

    private final String[] secrets;
    private final List<String> forms;
    private final Set<String> fragments;
    /**
     * The fragments' rolling hashes, in an open-addressing table (0 marks a free slot): a text is scanned with one
     * multiply-add per character, and only a window whose hash is in the table is compared with the fragments.
     */
    private final long[] fragmentHashes;
    private final boolean zeroHash;

    public Redactor(String... secrets) {
        this.secrets = secrets.clone();
        Set<String> all = new LinkedHashSet<>();
        Set<String> pieces = new HashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            all.add(secret);
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
            all.add(lowerCaseHex(URLEncoder.encode(secret, StandardCharsets.UTF_8)));
            all.add(jsonEscaped(secret, false));
            all.add(jsonEscaped(secret, true));
            all.add(htmlEscaped(secret));
            if (secret.length() >= FRAGMENT) {
                for (int i = 0; i + FRAGMENT <= secret.length(); i++) {
                    pieces.add(secret.substring(i, i + FRAGMENT));
                }
            }
        }
        List<String> sorted = new ArrayList<>(all);
        // the longest form first, so that a short form never leaves the rest of a longer one behind
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.forms = List.copyOf(sorted);
        this.fragments = Set.copyOf(pieces);
        long[] table = new long[pieces.isEmpty() ? 0 : Integer.highestOneBit(pieces.size() * 4 - 1) << 1];
        boolean zero = false;
        for (String piece : pieces) {
            long hash = hash(piece);
            if (hash == 0) {
                zero = true;
                continue;
            }
            int slot = slot(hash, table.length);
            while (table[slot] != 0 && table[slot] != hash) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = hash;
        }
        this.fragmentHashes = table;
        this.zeroHash = zero;
    }

    /**
     * One redactor per call, built only when the call's secrets differ from the previous call's: most calls of an
     * endpoint carry the same token and proxy credentials.
     */
    public static final class Reuse {

        private volatile Redactor last;

        public Redactor of(String... secrets) {
            Redactor previous = last;
            if (previous != null && Arrays.equals(previous.secrets, secrets)) {
                return previous;
            }
            Redactor made = new Redactor(secrets);
            last = made;
            return made;
        }
    }

    /** The rolling hash of the first {@value #FRAGMENT} characters of {@code text}. */
    private static long hash(String text) {
        long hash = 0;
        for (int i = 0; i < FRAGMENT; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    private static int slot(long hash, int length) {
        long mixed = hash * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (length - 1);
    }

    private boolean mayBeFragment(long hash) {
        if (hash == 0) {
            return zeroHash;
        }
        int last = fragmentHashes.length - 1;
        for (int slot = slot(hash, fragmentHashes.length); fragmentHashes[slot] != 0; slot = (slot + 1) & last) {
            if (fragmentHashes[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} with every secret masked; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Every occurrence of every form and fragment is found in the original text first, then masked at once, so
        // that masking a short secret never breaks up a longer one around it.
        boolean[] covered = null;
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                covered = cover(covered, text.length(), at, form.length());
            }
        }
        if (!fragments.isEmpty() && text.length() >= FRAGMENT) {
            long hash = hash(text);
            for (int i = 0;; i++) {
                if (mayBeFragment(hash) && fragments.contains(text.substring(i, i + FRAGMENT))) {
                    covered = cover(covered, text.length(), i, FRAGMENT);
                }
                if (i + FRAGMENT >= text.length()) {
                    break;
                }
                hash = hash * BASE + text.charAt(i + FRAGMENT) - text.charAt(i) * BASE_POWER;
            }
        }
        return covered == null ? text : mask(text, covered);
    }

    private static boolean[] cover(boolean[] covered, int length, int from, int count) {
        boolean[] result = covered != null ? covered : new boolean[length];
        for (int j = from; j < from + count; j++) {
            result[j] = true;
        }
        return result;
    }

    private static String mask(String text, boolean[] covered) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i]) {
                sb.append(text.charAt(i));
            } else if (i == 0 || !covered[i - 1]) {
                sb.append(MASK);
            }
        }
        return sb.toString();
    }

    /** The tree with every string (keys included) redacted; the same tree when nothing needed it. */
    JsonNode redact(JsonNode node) {
        if (node == null || !needsRedaction(node)) {
            return node;
        }
        return copy(node);
    }

    private boolean needsRedaction(JsonNode node) {
        if (node.isTextual()) {
            return !node.textValue().equals(redact(node.textValue()));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(redact(field.getKey())) || needsRedaction(field.getValue())) {
                return true;
            }
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (needsRedaction(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JsonNode copy(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(redact(node.textValue()));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> copy.set(redact(f.getKey()), copy(f.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(copy(element)));
            return copy;
        }
        return node;
    }

    private static String jsonEscaped(String s, boolean escapeSlash) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '/' -> sb.append(escapeSlash ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static String htmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String lowerCaseHex(String urlEncoded) {
        StringBuilder sb = new StringBuilder(urlEncoded);
        for (int i = urlEncoded.indexOf('%'); i >= 0 && i + 2 < sb.length(); i = urlEncoded.indexOf('%', i + 1)) {
            sb.replace(i + 1, i + 3, urlEncoded.substring(i + 1, i + 3).toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }
}
