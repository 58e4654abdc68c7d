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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.model.GraphUsage;
import io.github.whatsappadmin.camel.model.GraphUsage.AppUsage;
import io.github.whatsappadmin.camel.model.GraphUsage.BusinessUseCaseUsage;

/** Reads {@code x-business-use-case-usage} and {@code x-app-usage}. An unreadable header is treated as absent. */
final class UsageParser {

    private UsageParser() {
    }

    static GraphUsage parse(GraphResponse headers) {
        Map<String, List<BusinessUseCaseUsage>> business = headers.firstHeader("x-business-use-case-usage")
                .map(UsageParser::businessUseCase).orElse(Map.of());
        AppUsage app = headers.firstHeader("x-app-usage").map(UsageParser::app).orElse(null);
        return business.isEmpty() && app == null ? null : new GraphUsage(business, app);
    }

    private static Map<String, List<BusinessUseCaseUsage>> businessUseCase(String header) {
        JsonNode root = Json.readOrNull(header);
        if (root == null || !root.isObject()) {
            return Map.of();
        }
        Map<String, List<BusinessUseCaseUsage>> result = new LinkedHashMap<>();
        root.fields().forEachRemaining(account -> {
            List<BusinessUseCaseUsage> entries = new ArrayList<>();
            for (JsonNode e : account.getValue()) {
                entries.add(new BusinessUseCaseUsage(e.path("type").asText(null), e.path("call_count").asInt(),
                        e.path("total_cputime").asInt(), e.path("total_time").asInt(),
                        e.path("estimated_time_to_regain_access").asInt()));
            }
            result.put(account.getKey(), List.copyOf(entries));
        });
        return result;
    }

    private static AppUsage app(String header) {
        JsonNode root = Json.readOrNull(header);
        if (root == null || !root.isObject()) {
            return null;
        }
        return new AppUsage(root.path("call_count").asInt(), root.path("total_cputime").asInt(),
                root.path("total_time").asInt());
    }
}
