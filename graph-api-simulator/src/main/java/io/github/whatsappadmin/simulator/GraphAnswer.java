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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer of the simulated Graph API: status, headers (every answer carries Graph's), JSON body. */
record GraphAnswer(int status, Map<String, String> headers, String body) {

    static GraphAnswer of(Outcome outcome, String apiVersion, UsageMeter usage, Instant now) {
        String traceId = TraceIds.fbTraceId();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=UTF-8");
        headers.put("Cache-Control", "private, no-cache, no-store, must-revalidate");
        headers.put("facebook-api-version", apiVersion);
        headers.put("x-fb-trace-id", traceId);
        headers.put("x-fb-request-id", TraceIds.requestId());
        headers.put("x-fb-debug", TraceIds.debug());
        headers.put("x-app-usage", usage.appUsageHeader(now));
        headers.put("x-business-use-case-usage",
                usage.businessUseCaseHeader(outcome.account(), now, outcome.minutesToRegain()));
        GraphError error = outcome.error();
        if (error == null) {
            return new GraphAnswer(200, headers, Json.write(outcome.success()));
        }
        if (error.isAuthentication()) {
            // Graph uses invalid_request when no token was sent at all, invalid_token otherwise.
            String kind = error.code() == 104 ? "invalid_request" : "invalid_token";
            headers.put("WWW-Authenticate", "OAuth \"Facebook Platform\" \"" + kind + "\" \"" + error.message() + "\"");
        }
        return new GraphAnswer(error.httpStatus(), headers, error.toJson(traceId));
    }
}
