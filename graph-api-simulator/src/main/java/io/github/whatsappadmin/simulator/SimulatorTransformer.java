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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * The only WireMock-facing piece: a catch-all stub hands every request here, and this turns the simulator's decision
 * (a fault, or the simulated API's answer) into a WireMock response definition, and journals the request.
 */
final class SimulatorTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "graph-api-simulator";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("((?:^|&)access_token=)([^&]*)");

    private final PhoneNumberApi api;
    private final Faults faults;
    private final Journal journal;
    private final SimulatorClock clock;

    SimulatorTransformer(PhoneNumberApi api, Faults faults, Journal journal, SimulatorClock clock) {
        this.api = api;
        this.faults = faults;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false; // only the simulator's own catch-all stub
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        Instant receivedAt = clock.now();
        String url = request.getUrl();
        int queryStart = url.indexOf('?');
        String path = queryStart < 0 ? url : url.substring(0, queryStart);
        String query = queryStart < 0 ? "" : url.substring(queryStart + 1);
        SimulatedRequest simulated = new SimulatedRequest(request.getMethod().getName(), path, query,
                headersOf(request), Optional.ofNullable(request.getBodyAsString()).orElse(""));
        Optional<Fault> fault = faults.take();

        ResponseDefinitionBuilder response;
        int status;
        if (fault.isPresent() && !fault.get().reachesGraph()) {
            FaultResponse faulty = FaultResponse.of(fault.get(), api);
            response = faulty.response();
            status = faulty.status();
        } else {
            GraphAnswer answer = api.handle(simulated);
            response = toResponse(answer);
            status = answer.status();
            if (fault.isPresent()) { // SLOW_BODY: Graph's answer, sent a little at a time
                response.withChunkedDribbleDelay(10, (int) Fault.SLOW_BODY_DURATION.toMillis());
            }
        }
        String token = simulated.bearerToken();
        journal.record(new JournalEntry(simulated.method(), simulated.path(), maskedQuery(simulated.query()),
                masked(simulated.headers()), simulated.body(), receivedAt, status,
                token == null ? null : TokenDigest.sha256(token)));
        Duration latency = faults.latency();
        if (!latency.isZero()) {
            response.withFixedDelay((int) latency.toMillis());
        }
        return response.build();
    }

    static ResponseDefinitionBuilder toResponse(GraphAnswer answer) {
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
                .withStatus(answer.status())
                .withBody(answer.body());
        answer.headers().forEach(response::withHeader);
        return response;
    }

    private static Map<String, List<String>> headersOf(Request request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), List.copyOf(header.values()));
        }
        return headers;
    }

    /** The journal never holds a usable token: only its last two characters, and only for tokens long enough. */
    private static Map<String, List<String>> masked(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("Authorization")) {
                List<String> maskedValues = new ArrayList<>();
                values.forEach(v -> maskedValues.add(maskAuthorization(v)));
                copy.put(name, List.copyOf(maskedValues));
            } else {
                copy.put(name, values);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    static String maskAuthorization(String value) {
        int space = value.indexOf(' ');
        String scheme = space < 0 ? "" : value.substring(0, space + 1);
        return scheme + mask(space < 0 ? value : value.substring(space + 1).trim());
    }

    /**
     * Graph also takes the token as {@code access_token} in the query; the simulator reads only the Authorization
     * header, but the journal masks a query token too, so it never holds one.
     */
    static String maskedQuery(String query) {
        return ACCESS_TOKEN.matcher(query).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + mask(m.group(2))));
    }

    private static String mask(String secret) {
        String tail = secret.length() >= 8 ? secret.substring(secret.length() - 2) : "";
        return "****" + tail;
    }
}
