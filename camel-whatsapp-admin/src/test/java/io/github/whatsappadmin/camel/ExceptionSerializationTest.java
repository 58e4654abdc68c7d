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

import java.util.Map;
import java.util.stream.Stream;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppAuthenticationException;
import io.github.whatsappadmin.camel.error.WhatsAppBadRequestException;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.error.WhatsAppNotFoundException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every exception the component raises keeps every getter working after Java serialization (JMS
 * {@code transferException}, aggregation repositories), with the same values as before.
 */
class ExceptionSerializationTest extends GraphStubTestSupport {

    private static final String USAGE = "{\"102290129340398\":[{\"type\":\"whatsapp_business_management\","
                                        + "\"call_count\":100,\"total_cputime\":20,\"total_time\":30,"
                                        + "\"estimated_time_to_regain_access\":7}]}";

    record Answer(String name, int status, String body, Class<? extends WhatsAppGraphException> type) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String full(int code, Integer subcode) {
        return "{\"error\":{\"message\":\"(#" + code + ") message\",\"type\":\"OAuthException\",\"code\":" + code
               + (subcode != null ? ",\"error_subcode\":" + subcode : "")
               + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"the details\"},"
               + "\"fbtrace_id\":\"AbCdEf123\",\"is_transient\":false,\"error_user_title\":\"Title\","
               + "\"error_user_msg\":\"User message\"}}";
    }

    static Stream<Answer> answers() {
        return Stream.of(
                new Answer("authentication", 401, full(190, 463), WhatsAppAuthenticationException.class),
                new Answer("permission", 403, full(200, null), WhatsAppPermissionException.class),
                new Answer("not found", 404, full(803, null), WhatsAppNotFoundException.class),
                new Answer("rate limit", 429, full(80007, null), WhatsAppRateLimitException.class),
                new Answer("phone-number state", 400, full(133010, 2593005), WhatsAppPhoneNumberStateException.class),
                new Answer("bad request", 400, full(100, null), WhatsAppBadRequestException.class),
                new Answer("server", 500, full(131000, null), WhatsAppServerException.class),
                new Answer("not a success", 200, "{\"success\":false}", WhatsAppGraphException.class),
                new Answer("proxy page", 502, "<html>Bad Gateway</html>", WhatsAppServerException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void graphExceptionKeepsEveryGetterAfterSerialization(Answer answer) {
        answer(answer.status(), answer.body(), "x-business-use-case-usage", USAGE, "x-fb-trace-id", "HeaderTrace");
        WhatsAppGraphException before = failure(send(uri("")), answer.type());

        WhatsAppGraphException after = Serialization.roundTrip(before);

        assertThat(after).isExactlyInstanceOf(answer.type());
        sameRoot(before, after);
        assertThat(after.getCode()).isEqualTo(before.getCode());
        assertThat(after.getSubcode()).isEqualTo(before.getSubcode());
        assertThat(after.getType()).isEqualTo(before.getType());
        assertThat(after.getGraphMessage()).isEqualTo(before.getGraphMessage());
        assertThat(after.getFbtraceId()).isEqualTo(before.getFbtraceId()).isNotNull();
        assertThat(after.getTransient()).isEqualTo(before.getTransient());
        assertThat(after.getUserTitle()).isEqualTo(before.getUserTitle());
        assertThat(after.getUserMessage()).isEqualTo(before.getUserMessage());
        assertThat(after.getErrorDetails()).isEqualTo(before.getErrorDetails());
        assertThat(after.getErrorData()).isEqualTo(before.getErrorData());
        assertThat(after.getResponseBody()).isEqualTo(before.getResponseBody()).isEqualTo(answer.body());
        assertThat(after.getError()).isEqualTo(before.getError());
        assertThat(after.getError().usage()).isNotNull();
        assertThat(after.getHttpResponseCode()).isEqualTo(answer.status());
        assertThat(after.getHttpResponseStatus()).isEqualTo(before.getHttpResponseStatus()).isNotBlank();
        if (after instanceof WhatsAppRateLimitException rateLimit) {
            assertThat(rateLimit.getUsage()).isEqualTo(((WhatsAppRateLimitException) before).getUsage());
            assertThat(rateLimit.getRetryAfter()).contains(java.time.Duration.ofMinutes(7));
        }
        if (answer.body().contains("\"code\"")) {
            assertThat(after.getCode()).isNotNull();
            assertThat(after.getErrorData()).containsEntry("messaging_product", "whatsapp");
        }
    }

    @Test
    void connectionExceptionKeepsEveryGetterAfterSerialization() throws Exception {
        int closedPort = LoopbackPorts.closed();
        WhatsAppConnectionException before = failure(send("whatsapp-admin:deregister?baseUrl=http://127.0.0.1:"
                                                          + closedPort + "&accessToken=" + TOKEN + "&phoneNumberId="
                                                          + PHONE_NUMBER_ID),
                WhatsAppConnectionException.class);

        WhatsAppConnectionException after = Serialization.roundTrip(before);

        sameRoot(before, after);
        assertThat(after.isRequestSent()).isEqualTo(before.isRequestSent()).isFalse();
        assertThat(after.getCause()).hasSameClassAs(before.getCause());
    }

    @Test
    void invalidInputExceptionKeepsEveryGetterAfterSerialization() {
        WhatsAppInvalidInputException before = failure(send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID,
                "12/../34")), WhatsAppInvalidInputException.class);

        WhatsAppInvalidInputException after = Serialization.roundTrip(before);

        sameRoot(before, after);
        assertThat(after.getField()).isEqualTo("phoneNumberId");
    }

    private static void sameRoot(WhatsAppAdminException before, WhatsAppAdminException after) {
        assertThat(after).hasSameClassAs(before);
        assertThat(after.getMessage()).isEqualTo(before.getMessage());
        assertThat(after.getOperation()).isEqualTo(before.getOperation()).isEqualTo("deregister");
        assertThat(after.getPhoneNumberId()).isEqualTo(before.getPhoneNumberId());
        assertThat(after.getCategory()).isEqualTo(before.getCategory());
        assertThat(after.isRetryable()).isEqualTo(before.isRetryable());
        assertThat(after.getRetryAfter()).isEqualTo(before.getRetryAfter());
        assertThat(after.getStackTrace()).isEqualTo(before.getStackTrace());
    }
}
