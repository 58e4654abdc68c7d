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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The numbers that need a person for one reason (skipped, failed, waiting for a retry, not checked): same outcome,
 * category, Graph code and reason.
 *
 * @param outcome   how they ended
 * @param category  the failure's category
 * @param graphCode Graph's code, or null
 * @param reason    the one-line reason
 * @param numbers   how many numbers
 * @param example   the first of them, to look up in the table
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReasonGroup(
                   @JsonProperty("outcome") Outcome outcome,
                   @JsonProperty("category") String category,
                   @JsonProperty("graph_code") Integer graphCode,
                   @JsonProperty("reason") String reason,
                   @JsonProperty("numbers") int numbers,
                   @JsonProperty("example") String example) {

    /**
     * The numbers that need a person (skipped, failed, waiting for a retry, not checked: {@link Outcome#problem()}),
     * grouped by reason, the largest group first.
     */
    static List<ReasonGroup> of(List<NumberResult> results) {
        Map<List<Object>, List<NumberResult>> groups = new LinkedHashMap<>();
        for (NumberResult r : results) {
            if (r.outcome().problem()) {
                groups.computeIfAbsent(Arrays.asList(r.outcome(), r.category(), r.graphCode(),
                        Objects.toString(r.reason(), "")), k -> new ArrayList<>()).add(r);
            }
        }
        List<ReasonGroup> list = new ArrayList<>();
        groups.forEach((key, rows) -> list.add(new ReasonGroup(rows.get(0).outcome(), rows.get(0).category(),
                rows.get(0).graphCode(), rows.get(0).reason(), rows.size(), rows.get(0).phoneNumberId())));
        list.sort(Comparator.comparingInt(ReasonGroup::numbers).reversed()
                .thenComparing(ReasonGroup::outcome));
        return list;
    }

    /** Counts per outcome, every outcome of the kind of run present ({@link Outcome#of}), in that order. */
    static Map<String, Integer> countByOutcome(List<NumberResult> results, boolean plan) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.of(plan)) {
            counts.put(outcome.toString(), 0);
        }
        results.forEach(r -> counts.merge(r.outcome().toString(), 1, Integer::sum));
        return counts;
    }
}
