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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds the x-app-usage and x-business-use-case-usage headers. Graph reports percentages of an hourly quota; the
 * simulator counts one percent per call in the last hour (capped at 100), which is enough for clients to parse and
 * log them.
 */
final class UsageMeter {

    private static final Duration HOUR = Duration.ofHours(1);

    private final Deque<Instant> appCalls = new ArrayDeque<>();
    private final Map<String, Deque<Instant>> accountCalls = new HashMap<>();

    void recordAppCall(Instant now) {
        appCalls.addLast(now);
    }

    void recordAccountCall(String account, Instant now) {
        accountCalls.computeIfAbsent(account, a -> new ArrayDeque<>()).addLast(now);
    }

    String appUsageHeader(Instant now) {
        int percent = percent(appCalls, now);
        Map<String, Object> usage = new LinkedHashMap<>();
        usage.put("call_count", percent);
        usage.put("total_cputime", cpu(percent));
        usage.put("total_time", cpu(percent));
        return Json.write(usage);
    }

    /** {} when the call addressed no known account (Graph then has no business use case to report). */
    String businessUseCaseHeader(String account, Instant now, long minutesToRegain) {
        if (account == null) {
            return "{}";
        }
        // A throttled account is at its quota, whatever was counted.
        int percent = minutesToRegain > 0 ? 100 : percent(accountCalls.getOrDefault(account, new ArrayDeque<>()), now);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", "whatsapp_business_management");
        entry.put("call_count", percent);
        entry.put("total_cputime", cpu(percent));
        entry.put("total_time", cpu(percent));
        entry.put("estimated_time_to_regain_access", minutesToRegain);
        return Json.write(Map.of(account, List.of(entry)));
    }

    private static int percent(Deque<Instant> calls, Instant now) {
        Instant hourAgo = now.minus(HOUR);
        calls.removeIf(at -> !at.isAfter(hourAgo));
        return Math.min(100, calls.size());
    }

    private static int cpu(int callPercent) {
        return Math.max(1, callPercent / 2);
    }
}
