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

import java.io.IOException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Shared, thread-safe mappers: answers are small trees, read once. A success is only ever read strictly, so that a
 * body Graph did not send whole (content after the value, a duplicate key, invalid UTF-8) never passes for a success.
 */
final class Json {

    /**
     * Plain JSON only (no comments, NaN, single quotes, leading zeros: Jackson's defaults), each key once; that
     * nothing follows the value is checked by {@link #strict(byte[])}.
     */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    /** For error envelopes and usage headers, where a slightly broken body still says more than nothing. */
    static final ObjectMapper LENIENT = JsonMapper.builder().build();

    private Json() {
    }

    /**
     * The strict reading of a body: the tree, or why there is none.
     *
     * @param node    the tree, or {@code null}
     * @param problem why the body is not one strict JSON value (never a piece of the body), or {@code null}
     */
    record Strict(JsonNode node, String problem) {
    }

    static Strict strict(byte[] body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            JsonNode node = STRICT.readTree(parser);
            if (node == null || node.isMissingNode()) {
                return new Strict(null, "the body holds no JSON value");
            }
            try {
                if (parser.nextToken() != null) {
                    return new Strict(null, "content follows the JSON value" + at(parser));
                }
            } catch (JsonProcessingException e) {
                return new Strict(null, "content follows the JSON value" + at(parser));
            }
            return new Strict(node, null);
        } catch (JsonProcessingException e) {
            String text = e.getOriginalMessage();
            String what = text != null && text.startsWith("Duplicate field") ? "a key appears twice"
                    : "the body is not valid JSON";
            return new Strict(null, what + at(e.getLocation()));
        } catch (IOException e) {
            return new Strict(null, "the body is not valid JSON");
        }
    }

    /** The tree of {@code body}, leniently, or {@code null} when it is not JSON. */
    static JsonNode lenientOrNull(byte[] body) {
        try {
            JsonNode node = LENIENT.readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException e) {
            return null;
        }
    }

    /** The tree of {@code text}, leniently, or {@code null} when it is not JSON. */
    static JsonNode readOrNull(String text) {
        try {
            JsonNode node = LENIENT.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String at(JsonParser parser) {
        return at(parser.currentLocation());
    }

    private static String at(JsonLocation location) {
        // the location only: Jackson's own message can quote the body, which may echo a secret
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
