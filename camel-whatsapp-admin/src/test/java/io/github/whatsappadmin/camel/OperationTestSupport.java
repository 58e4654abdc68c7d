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
package io.github.whatsappadmin.camel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of every operation against the WireMock stand-in for Graph: where each one goes, what it needs, what it gets.
 */
abstract class OperationTestSupport extends GraphStubTestSupport {

    static final String WABA = "102290129340398";
    /** Secrets of the lifecycle, distinctive enough to be searched for in everything a user could see. */
    static final String PIN = "731946";
    static final String CODE = "482913";
    static final String BACKUP_PASSWORD = "Backup-Passw0rd-Value";

    static final List<String> OPERATIONS = List.of("deregister", "register", "requestCode", "verifyCode",
            "setTwoStepPin", "getPhoneNumber", "listPhoneNumbers");

    /** An endpoint URI of {@code operation} against the stub, with token, phone number and business account set. */
    static String uri(String operation, String extra) {
        return "whatsapp-admin:" + operation + "?baseUrl=" + graph.baseUrl() + "&accessToken=RAW(" + TOKEN
               + ")&phoneNumberId=" + PHONE_NUMBER_ID + "&businessAccountId=" + WABA + extra;
    }

    /** The method and path Graph is called on for {@code operation}. */
    static MappingBuilder callOf(String operation) {
        String number = "/v23.0/" + PHONE_NUMBER_ID;
        return switch (operation) {
            case "deregister" -> post(urlPathEqualTo(number + "/deregister"));
            case "register" -> post(urlPathEqualTo(number + "/register"));
            case "requestCode" -> post(urlPathEqualTo(number + "/request_code"));
            case "verifyCode" -> post(urlPathEqualTo(number + "/verify_code"));
            case "setTwoStepPin" -> post(urlPathEqualTo(number));
            case "getPhoneNumber" -> get(urlPathEqualTo(number));
            case "listPhoneNumbers" -> get(urlPathEqualTo("/v23.0/" + WABA + "/phone_numbers"));
            default -> throw new IllegalArgumentException(operation);
        };
    }

    /** A valid in body for {@code operation}, or {@code null} when it takes none. */
    static Object inputOf(String operation) {
        return switch (operation) {
            case "register" -> RegisterRequest.withPin(PIN);
            case "verifyCode" -> new VerifyCodeRequest(CODE);
            case "setTwoStepPin" -> new TwoStepPinRequest(PIN);
            default -> null;
        };
    }

    /** What Graph answers on success for {@code operation}. */
    static String successOf(String operation) {
        return switch (operation) {
            case "getPhoneNumber" -> "{\"id\":\"" + PHONE_NUMBER_ID + "\",\"status\":\"CONNECTED\"}";
            case "listPhoneNumbers" -> "{\"data\":[{\"id\":\"" + PHONE_NUMBER_ID + "\"}]}";
            default -> "{\"success\":true}";
        };
    }

    static void stub(String operation, int status, String body, String... headerPairs) {
        ResponseDefinitionBuilder response = aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body);
        for (int i = 0; i < headerPairs.length; i += 2) {
            response = response.withHeader(headerPairs[i], headerPairs[i + 1]);
        }
        graph.stubFor(callOf(operation).willReturn(response));
    }

    /** Sends one exchange with {@code body} and {@code headers} to {@code uri}. */
    Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, e -> {
            e.getMessage().setHeaders(new HashMap<>(headers));
            e.getMessage().setBody(body);
        });
    }

    /** The operation's endpoint with its valid input. */
    Exchange call(String operation) {
        return call(uri(operation, ""), inputOf(operation), Map.of());
    }

    static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = requestsReceived();
        assertThat(requests).as("requests received by Graph").hasSize(1);
        return requests.get(0);
    }
}
