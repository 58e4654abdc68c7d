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

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** What a {@link Fault} answers instead of Graph, and the status it shows (0: no HTTP answer at all). */
record FaultResponse(ResponseDefinitionBuilder response, int status) {

    static FaultResponse of(Fault fault, PhoneNumberApi api) {
        return switch (fault) {
            case HTTP_500 -> {
                GraphAnswer answer = api.unknownError();
                yield new FaultResponse(SimulatorTransformer.toResponse(answer), answer.status());
            }
            case HTML_502 -> html(502, "Bad Gateway", "The proxy server received an invalid response from an upstream server.");
            case HTML_503 -> html(503, "Service Unavailable", "The server is temporarily unable to service your request.");
            case HTML_504 -> html(504, "Gateway Timeout", "The upstream server did not answer in time.");
            case CONNECTION_RESET -> network(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER);
            case EMPTY_RESPONSE -> network(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
            case RANDOM_DATA_THEN_CLOSE -> network(com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE);
            // A status line does go out, but the client cannot read the answer: journaled as 0 like the others.
            case MALFORMED_CHUNK -> network(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
            case SLOW_BODY -> throw new IllegalArgumentException("SLOW_BODY is answered by the simulated API");
        };
    }

    /** A proxy's error page: no Graph headers, no JSON, as a load balancer in front of Graph sends it. */
    private static FaultResponse html(int status, String reason, String text) {
        String page = "<!DOCTYPE html>\n<html><head><title>" + status + " " + reason + "</title></head>\n"
                      + "<body><h1>" + status + " " + reason + "</h1><p>" + text + "</p></body></html>\n";
        return new FaultResponse(ResponseDefinitionBuilder.responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(page), status);
    }

    private static FaultResponse network(com.github.tomakehurst.wiremock.http.Fault wireMockFault) {
        return new FaultResponse(ResponseDefinitionBuilder.responseDefinition().withFault(wireMockFault), 0);
    }
}
