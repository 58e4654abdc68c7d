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

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppPhoneNumberStateException;
import io.github.whatsappadmin.camel.error.WhatsAppRateLimitException;
import io.github.whatsappadmin.camel.model.GraphError;
import org.apache.camel.Exchange;
import org.apache.camel.spi.HttpResponseAware;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphErrorFieldsTest extends GraphStubTestSupport {

    @Test
    void everyEnvelopeFieldIsCarriedByTheException() {
        answer(400, """
                {"error":{"message":"(#133010) Account not registered","type":"OAuthException","code":133010,
                  "error_subcode":2593005,"error_data":{"messaging_product":"whatsapp","details":"Phone number is not registered"},
                  "fbtrace_id":"AbCdEf123","is_transient":false,"error_user_title":"Not registered",
                  "error_user_msg":"Register the number first","some_new_field":{"x":1}}}""",
                "x-fb-trace-id", "OtherTrace");

        Exchange result = send(uri(""));

        WhatsAppPhoneNumberStateException e = failure(result, WhatsAppPhoneNumberStateException.class);
        assertThat(e.getCode()).isEqualTo(133010);
        assertThat(e.getSubcode()).isEqualTo(2593005);
        assertThat(e.getType()).isEqualTo("OAuthException");
        assertThat(e.getGraphMessage()).isEqualTo("(#133010) Account not registered");
        assertThat(e.getFbtraceId()).isEqualTo("AbCdEf123");
        assertThat(e.getTransient()).isFalse();
        assertThat(e.getUserTitle()).isEqualTo("Not registered");
        assertThat(e.getUserMessage()).isEqualTo("Register the number first");
        assertThat(e.getErrorDetails()).isEqualTo("Phone number is not registered");
        assertThat(e.getErrorData()).containsEntry("messaging_product", "whatsapp");
        assertThat(e.getCategory()).isEqualTo("phone-number-state");
        assertThat(e.getMessage())
                .isEqualTo("deregister of phone number " + PHONE_NUMBER_ID + " failed: Graph error 133010/2593005"
                           + " (OAuthException): (#133010) Account not registered - Phone number is not registered"
                           + " [HTTP 400, fbtrace_id AbCdEf123]");
        // routes can test the status without depending on camel-http
        assertThat(e).isInstanceOf(HttpResponseAware.class);
        assertThat(((HttpResponseAware) e).getHttpResponseCode()).isEqualTo(400);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("AbCdEf123");
    }

    @Test
    void errorDataAsPlainStringBecomesTheDetails() {
        answer(400, "{\"error\":{\"message\":\"(#133016) Account register/deregister rate limit exceeded\","
                    + "\"type\":\"OAuthException\",\"code\":133016,\"error_data\":\"Rate limit exceeded: 10 in 72 hours\","
                    + "\"fbtrace_id\":\"T1\"}}");

        WhatsAppRateLimitException e = failure(send(uri("")), WhatsAppRateLimitException.class);

        assertThat(e.getErrorDetails()).isEqualTo("Rate limit exceeded: 10 in 72 hours");
        assertThat(e.getErrorData()).isEmpty();
        assertThat(e.isRetryable()).isFalse();
    }

    @Test
    void rateLimitExceptionCarriesTheParsedUsage() {
        answer(429, errorEnvelope(80007, "(#80007) Rate limit issues"), "x-business-use-case-usage",
                "{\"1\":[{\"type\":\"whatsapp_business_management\",\"call_count\":100,\"total_cputime\":5,"
                                                                                                     + "\"total_time\":5,\"estimated_time_to_regain_access\":3}],"
                                                                                                     + "\"2\":[{\"type\":\"whatsapp_business_management\",\"call_count\":10,\"total_cputime\":1,"
                                                                                                     + "\"total_time\":1,\"estimated_time_to_regain_access\":12}]}");

        WhatsAppRateLimitException e = failure(send(uri("")), WhatsAppRateLimitException.class);

        assertThat(e.getUsage().businessUseCase()).containsOnlyKeys("1", "2");
        assertThat(e.getRetryAfter()).contains(java.time.Duration.ofMinutes(12));
    }

    @Test
    void unreadableUsageHeaderIsIgnoredNotFatal() {
        answer(200, "{\"success\":true}", "x-business-use-case-usage", "{not json", "x-app-usage", "[]");

        Exchange result = send(uri(""));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.USAGE)).isNull();
    }

    @Test
    void responseBodyKeptOnTheExceptionIsBoundedAndHasNoToken() {
        String echo = "<html><body>Upstream error. Request headers: Authorization: Bearer " + TOKEN + " "
                      + "x".repeat(20_000) + "</body></html>";
        answer(502, echo);

        WhatsAppGraphException e = failure(send(uri("")), WhatsAppGraphException.class);

        assertThat(e.getResponseBody()).hasSize(4096).doesNotContain(TOKEN).contains("Bearer [REDACTED] xxx");
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void graphErrorBecomesTheBodyWhenThrowExceptionOnFailureIsFalse() {
        answer(400, errorEnvelope(133010, "(#133010) Account not registered"), "x-fb-trace-id", "Tr4ce");

        Exchange result = send(uri("&throwExceptionOnFailure=false"));

        assertThat(result.getException()).isNull();
        GraphError error = result.getMessage().getBody(GraphError.class);
        assertThat(error.code()).isEqualTo(133010);
        assertThat(error.httpStatus()).isEqualTo(400);
        assertThat(error.message()).isEqualTo("(#133010) Account not registered");
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(400);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("AbCdEfGh123");
    }

    @Test
    void exceptionsAreUncheckedAndShareOneRoot() {
        answer(500, errorEnvelope(1, "An unknown error occurred"));

        Exchange result = send(uri(""));

        assertThat(result.getException()).isInstanceOf(RuntimeException.class)
                .isInstanceOf(WhatsAppAdminException.class);
    }
}
