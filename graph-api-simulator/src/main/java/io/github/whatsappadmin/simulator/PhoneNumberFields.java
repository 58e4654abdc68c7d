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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields of a phone number that reads return, as Graph names and shapes them. */
final class PhoneNumberFields {

    static final String NODE_TYPE = "WhatsAppBusinessPhoneNumber";

    static final List<String> KNOWN = List.of("id", "display_phone_number", "verified_name", "quality_rating",
            "code_verification_status", "name_status", "status", "platform_type", "throughput", "messaging_limit_tier",
            "account_mode");

    /** Meta: without {@code fields}, a number is read with these. */
    static final List<String> NUMBER_DEFAULTS =
            List.of("id", "display_phone_number", "verified_name", "quality_rating");

    /**
     * The list's own defaults, as Meta's example of a list without {@code fields} shows them; its item schema also
     * requires {@code status}.
     */
    static final List<String> LIST_DEFAULTS =
            List.of("id", "display_phone_number", "verified_name", "status", "quality_rating");

    private PhoneNumberFields() {
    }

    /** The fields asked for (comma-separated, in that order, each once), or {@code defaults} when none are. */
    static List<String> requested(String fieldsParameter, List<String> defaults) {
        List<String> fields = new ArrayList<>();
        if (fieldsParameter != null) {
            for (String field : fieldsParameter.split(",")) {
                String name = field.trim();
                if (!name.isEmpty() && !fields.contains(name)) {
                    fields.add(name);
                }
            }
        }
        return fields.isEmpty() ? defaults : fields;
    }

    /** The first field Graph would not know, or null. */
    static String firstUnknown(List<String> fields) {
        return fields.stream().filter(f -> !KNOWN.contains(f)).findFirst().orElse(null);
    }

    /** The number with the fields asked for, plus its {@code id}, which Graph always adds (last, if not asked for). */
    static Map<String, Object> render(SimulatedPhoneNumber number, List<String> fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : fields) {
            out.put(field, value(number, field));
        }
        out.putIfAbsent("id", number.id);
        return out;
    }

    private static Object value(SimulatedPhoneNumber number, String field) {
        return switch (field) {
            case "id" -> number.id;
            case "display_phone_number" -> number.displayPhoneNumber;
            case "verified_name" -> number.verifiedName;
            case "quality_rating" -> number.qualityRating;
            case "code_verification_status" -> number.codeVerificationStatus.name();
            case "name_status" -> number.nameStatus;
            case "status" -> number.status();
            case "platform_type" -> number.platformType.name();
            case "throughput" -> Map.of("level", number.throughputLevel);
            case "messaging_limit_tier" -> number.messagingLimitTier;
            case "account_mode" -> number.accountMode;
            default -> throw new IllegalArgumentException("not a known field: " + field);
        };
    }
}
