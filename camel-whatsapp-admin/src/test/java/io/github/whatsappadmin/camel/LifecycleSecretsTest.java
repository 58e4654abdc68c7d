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

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.TwoStepPinRequest;
import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle's secrets (PIN, verification code, backup password) appear nowhere a user could see them: not in a
 * log line at DEBUG, an exception, its stack trace, a kept response body, a header or a toString(), even when Graph
 * or a proxy echoes them back.
 */
class LifecycleSecretsTest extends OperationTestSupport {

    private static final String[] SECRETS = {PIN, CODE, BACKUP_PASSWORD, TOKEN};

    private static boolean isStubServer(String logger) {
        return logger.startsWith("wiremock.") || logger.startsWith("com.github.tomakehurst")
               || logger.startsWith("org.wiremock");
    }

    /** Graph answers with the call's secrets in every place an answer has. */
    private static void echoSecrets(String operation, int status, String... secrets) {
        String all = String.join(" ", secrets);
        String first = secrets[0];
        stub(operation, status, "{\"error\":{\"message\":\"(#100) Invalid PIN " + all + "\",\"type\":\"OAuthException\","
                                + "\"code\":100,\"error_subcode\":2388001,\"fbtrace_id\":\"Tr" + first + "\","
                                + "\"error_user_title\":\"PIN " + all + "\",\"error_user_msg\":\"code " + all + "\","
                                + "\"error_data\":{\"details\":\"backup " + all + "\",\"pin\":\"" + first
                                + "\"}}}",
                "x-fb-trace-id", "Hdr" + first, "x-fb-debug", all, "WWW-Authenticate", "OAuth \"" + all + "\"");
    }

    private static String describe(Exchange exchange) {
        StringBuilder sb = new StringBuilder(String.valueOf(exchange.getMessage().getBody()));
        exchange.getMessage().getHeaders().forEach((k, v) -> sb.append('\n').append(k).append('=').append(v));
        Exception e = exchange.getException();
        if (e != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            sb.append('\n').append(trace);
            if (e instanceof WhatsAppGraphException g) {
                sb.append('\n').append(g.getResponseBody()).append(g.getError()).append(g.getGraphMessage())
                        .append(g.getUserTitle()).append(g.getUserMessage()).append(g.getErrorDetails())
                        .append(g.getErrorData()).append(g.getFbtraceId());
            }
        }
        return sb.toString();
    }

    @Test
    void secretsEchoedByGraphAreMaskedEverywhere() {
        RegisterRequest register = new RegisterRequest(PIN, "DE", new RegisterRequest.Backup(BACKUP_PASSWORD, "ZGF0YQ=="));
        List<String> observed = new ArrayList<>();
        List<LogCapture.Line> lines;
        try (LogCapture capture = LogCapture.at(Level.DEBUG, "org.apache.hc")) {
            for (int status : new int[] {400, 502}) {
                echoSecrets("register", status, PIN, BACKUP_PASSWORD);
                observed.add(describe(call(uri("register", ""), register, Map.of())));
                echoSecrets("verifyCode", status, CODE);
                observed.add(describe(call(uri("verifyCode", ""), new VerifyCodeRequest(CODE), Map.of())));
                echoSecrets("setTwoStepPin", status, PIN);
                observed.add(describe(call(uri("setTwoStepPin", ""), new TwoStepPinRequest(PIN), Map.of())));
            }
            // without exceptions: the GraphError out body
            echoSecrets("register", 400, PIN, BACKUP_PASSWORD);
            observed.add(describe(call(uri("register", "&throwExceptionOnFailure=false"), register, Map.of())));
            // a success that echoes the PIN
            stub("setTwoStepPin", 200, "{\"success\":true,\"pin\":\"" + PIN + "\"}", "x-fb-trace-id", "T" + PIN);
            observed.add(describe(call(uri("setTwoStepPin", ""), new TwoStepPinRequest(PIN), Map.of())));
            // refused before sending: a wrong secret is no more shown than a right one
            observed.add(describe(call(uri("register", ""), RegisterRequest.withPin(PIN + "0"), Map.of())));
            observed.add(describe(call(uri("verifyCode", ""), new VerifyCodeRequest(CODE + "-"), Map.of())));
            lines = capture.lines();
        }

        assertThat(requestsReceived()).hasSize(8);
        assertThat(observed).hasSize(10).allSatisfy(text -> assertThat(text).doesNotContain(SECRETS));
        assertThat(observed.get(0)).contains("[REDACTED]");
        assertThat(observed.get(7)).contains("SuccessResponse[success=true, otherFields={pin=[REDACTED]}]");
        assertThat(lines).filteredOn(l -> l.logger().equals("io.github.whatsappadmin.camel.audit")).hasSize(10);
        assertThat(lines).noneMatch(l -> l.logger().equals("org.apache.hc.client5.http.wire"));
        assertThat(lines).anyMatch(l -> l.logger().startsWith("org.apache.hc.client5") && l.level().equals("DEBUG"));
        assertThat(lines).filteredOn(l -> !isStubServer(l.logger()))
                .allSatisfy(line -> assertThat(line.text()).as(line.logger()).doesNotContain(SECRETS));
    }

    @Test
    void requestModelsMaskTheirSecretsInToString() {
        RegisterRequest register = new RegisterRequest(PIN, "DE", new RegisterRequest.Backup(BACKUP_PASSWORD,
                "ZGF0YQ=="));

        assertThat(register.toString()).doesNotContain(PIN, BACKUP_PASSWORD, "ZGF0YQ==").contains("DE", "******");
        assertThat(new VerifyCodeRequest(CODE).toString()).doesNotContain(CODE).contains("******");
        assertThat(new TwoStepPinRequest(PIN).toString()).doesNotContain(PIN).contains("******");
        assertThat(RegisterRequest.withPin(null).toString()).contains("pin=null");
    }
}
