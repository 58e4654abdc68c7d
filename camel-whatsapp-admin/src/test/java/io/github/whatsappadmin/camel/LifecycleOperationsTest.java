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

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.model.CodeMethod;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import io.github.whatsappadmin.camel.model.RegisterRequest;
import io.github.whatsappadmin.camel.model.RequestCodeRequest;
import io.github.whatsappadmin.camel.model.SuccessResponse;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Each operation's happy path: the request Graph receives, and the out message the route gets. */
class LifecycleOperationsTest extends OperationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static void assertPosted(LoggedRequest request, String path, String body) throws Exception {
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(path);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        assertThat(request.getHeader("User-Agent")).startsWith("camel-whatsapp-admin/");
        assertThat(json(request.getBodyAsString())).isEqualTo(json(body));
    }

    private static void assertSuccess(Exchange result) {
        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(SuccessResponse.class).success()).isTrue();
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo(PHONE_NUMBER_ID);
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("TraceOk1");
    }

    @Test
    void registerPostsThePinForWhatsAppAndReturnsSuccess() throws Exception {
        stub("register", 200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");

        Exchange result = call("register");

        assertSuccess(result);
        assertPosted(onlyRequest(), "/v23.0/" + PHONE_NUMBER_ID + "/register",
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"" + PIN + "\"}");
    }

    @Test
    void registerSendsTheDataLocalizationRegionAndTheBackupAsMetaNamesThem() throws Exception {
        stub("register", 200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");
        RegisterRequest request = new RegisterRequest(PIN, "DE",
                new RegisterRequest.Backup(BACKUP_PASSWORD, "ZW5jcnlwdGVkLWJhY2t1cA=="));

        Exchange result = call(uri("register", ""), request, Map.of());

        assertSuccess(result);
        assertPosted(onlyRequest(), "/v23.0/" + PHONE_NUMBER_ID + "/register",
                "{\"messaging_product\":\"whatsapp\",\"pin\":\"" + PIN + "\",\"data_localization_region\":\"DE\","
                                                                               + "\"backup\":{\"password\":\"" + BACKUP_PASSWORD
                                                                               + "\",\"data\":\"ZW5jcnlwdGVkLWJhY2t1cA==\"}}");
    }

    @Test
    void requestCodeWithoutBodySendsTheDefaultsSmsAndEnUs() throws Exception {
        stub("requestCode", 200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");

        Exchange result = call(uri("requestCode", ""), "a body left by an earlier step", Map.of());

        assertSuccess(result);
        assertPosted(onlyRequest(), "/v23.0/" + PHONE_NUMBER_ID + "/request_code",
                "{\"code_method\":\"SMS\",\"language\":\"en_US\"}");
    }

    @Test
    void requestCodeTakesTheOptionsAndABodyOverridesThemFieldByField() throws Exception {
        stub("requestCode", 200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");

        Exchange fromOptions = call(uri("requestCode", "&codeMethod=voice&language=pt_BR"), null, Map.of());
        Exchange fromBody = call(uri("requestCode", "&codeMethod=VOICE&language=pt_BR"),
                new RequestCodeRequest(CodeMethod.SMS, null), Map.of());

        assertSuccess(fromOptions);
        assertSuccess(fromBody);
        List<LoggedRequest> requests = requestsReceived();
        assertThat(requests).hasSize(2);
        assertThat(json(requests.get(0).getBodyAsString()))
                .isEqualTo(json("{\"code_method\":\"VOICE\",\"language\":\"pt_BR\"}"));
        assertThat(json(requests.get(1).getBodyAsString()))
                .isEqualTo(json("{\"code_method\":\"SMS\",\"language\":\"pt_BR\"}"));
    }

    @Test
    void verifyCodeSendsTheCodeAndKeepsTheAnswersOtherFields() throws Exception {
        stub("verifyCode", 200, "{\"success\":true,\"id\":\"" + PHONE_NUMBER_ID + "\"}", "x-fb-trace-id", "TraceOk1");

        Exchange result = call("verifyCode");

        assertSuccess(result);
        assertThat(result.getMessage().getBody(SuccessResponse.class).otherFields())
                .containsExactly(Map.entry("id", PHONE_NUMBER_ID));
        assertPosted(onlyRequest(), "/v23.0/" + PHONE_NUMBER_ID + "/verify_code", "{\"code\":\"" + CODE + "\"}");
    }

    @Test
    void setTwoStepPinPostsThePinAtTheTopLevelToTheNumberItself() throws Exception {
        stub("setTwoStepPin", 200, "{\"success\":true}", "x-fb-trace-id", "TraceOk1");

        Exchange result = call("setTwoStepPin");

        assertSuccess(result);
        assertPosted(onlyRequest(), "/v23.0/" + PHONE_NUMBER_ID, "{\"pin\":\"" + PIN + "\"}");
    }

    @Test
    void getPhoneNumberAsksForThePreflightFieldsWithAGetWithoutBody() {
        stub("getPhoneNumber", 200, "{\"id\":\"" + PHONE_NUMBER_ID + "\"}", "x-fb-trace-id", "TraceOk1");

        Exchange result = call("getPhoneNumber");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(PhoneNumber.class).id()).isEqualTo(PHONE_NUMBER_ID);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo(PHONE_NUMBER_ID);
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/v23.0/" + PHONE_NUMBER_ID + "?fields=id,display_phone_number,"
                                               + "verified_name,status,code_verification_status,quality_rating,"
                                               + "platform_type,name_status,throughput");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.containsHeader("Content-Type")).isFalse();
        assertThat(request.getBody()).isEmpty();
    }

    @Test
    void getPhoneNumberReadsEveryDocumentedFieldTypedAndKeepsTheRest() {
        stub("getPhoneNumber", 200, "{\"id\":\"" + PHONE_NUMBER_ID + "\",\"display_phone_number\":\"+1 631-555-5555\","
                                    + "\"verified_name\":\"Jasper's Market\",\"status\":\"CONNECTED\","
                                    + "\"code_verification_status\":\"VERIFIED\",\"quality_rating\":\"GREEN\","
                                    + "\"platform_type\":\"CLOUD_API\",\"name_status\":\"APPROVED\","
                                    + "\"throughput\":{\"level\":\"HIGH\"},\"messaging_limit_tier\":\"TIER_1K\","
                                    + "\"account_mode\":\"LIVE\",\"country_code\":\"US\",\"country_dial_code\":\"1\","
                                    + "\"host_platform\":\"ON_PREMISE\",\"unified_cert_status\":\"APPROVED\","
                                    + "\"is_official_business_account\":true,\"username\":\"jaspers\","
                                    + "\"is_pin_enabled\":true,\"health_status\":{\"can_send_message\":\"AVAILABLE\"}}");

        PhoneNumber number = call(uri("getPhoneNumber", "&fields=id,status"), null, Map.of()).getMessage()
                .getBody(PhoneNumber.class);

        assertThat(number.displayPhoneNumber()).isEqualTo("+1 631-555-5555");
        assertThat(number.verifiedName()).isEqualTo("Jasper's Market");
        assertThat(number.status()).isEqualTo(PhoneNumber.Status.CONNECTED);
        assertThat(number.codeVerificationStatus()).isEqualTo(PhoneNumber.CodeVerificationStatus.VERIFIED);
        assertThat(number.qualityRating()).isEqualTo(PhoneNumber.QualityRating.GREEN);
        assertThat(number.platformType()).isEqualTo(PhoneNumber.PlatformType.CLOUD_API);
        assertThat(number.nameStatus()).isEqualTo(PhoneNumber.NameStatus.APPROVED);
        assertThat(number.throughput()).isEqualTo(PhoneNumber.ThroughputLevel.HIGH);
        assertThat(number.messagingLimitTier()).isEqualTo(PhoneNumber.MessagingLimitTier.TIER_1K);
        assertThat(number.accountMode()).isEqualTo(PhoneNumber.AccountMode.LIVE);
        assertThat(number.countryCode()).isEqualTo("US");
        assertThat(number.countryDialCode()).isEqualTo("1");
        assertThat(number.hostPlatform()).isEqualTo(PhoneNumber.PlatformType.ON_PREMISE);
        assertThat(number.unifiedCertStatus()).isEqualTo(PhoneNumber.UnifiedCertStatus.APPROVED);
        assertThat(number.isOfficialBusinessAccount()).isTrue();
        assertThat(number.username()).isEqualTo("jaspers");
        assertThat(number.otherFields()).containsOnlyKeys("is_pin_enabled", "health_status");
        assertThat(number.otherFields().get("health_status")).isEqualTo(Map.of("can_send_message", "AVAILABLE"));
        assertThat(onlyRequest().getUrl()).endsWith("?fields=id,status");
    }

    @Test
    void valuesMetaDoesNotDocumentReadAsUnrecognizedAndKeepWhatGraphSent() {
        stub("getPhoneNumber", 200, "{\"id\":\"" + PHONE_NUMBER_ID + "\",\"status\":\"ON_VACATION\","
                                    + "\"platform_type\":\"SPACE_API\",\"quality_rating\":7,"
                                    + "\"throughput\":{\"level\":\"WARP\"},\"is_official_business_account\":\"maybe\"}");

        Exchange result = call("getPhoneNumber");

        assertThat(result.getException()).isNull();
        PhoneNumber number = result.getMessage().getBody(PhoneNumber.class);
        assertThat(number.status()).isEqualTo(PhoneNumber.Status.UNRECOGNIZED);
        assertThat(number.platformType()).isEqualTo(PhoneNumber.PlatformType.UNRECOGNIZED);
        assertThat(number.qualityRating()).isEqualTo(PhoneNumber.QualityRating.UNRECOGNIZED);
        assertThat(number.throughput()).isEqualTo(PhoneNumber.ThroughputLevel.UNRECOGNIZED);
        assertThat(number.isOfficialBusinessAccount()).isNull();
        assertThat(number.fields()).containsEntry("status", "ON_VACATION").containsEntry("platform_type", "SPACE_API")
                .containsEntry("quality_rating", 7).containsEntry("is_official_business_account", "maybe");
    }

    @Test
    void listPhoneNumbersReadsTheBusinessAccountsNumbers() {
        stub("listPhoneNumbers", 200, "{\"data\":[{\"id\":\"1001\",\"status\":\"CONNECTED\"},"
                                      + "{\"id\":\"1002\",\"status\":\"PENDING\"}]}",
                "x-fb-trace-id", "TraceOk1");

        Exchange result = call("listPhoneNumbers");

        assertThat(result.getException()).isNull();
        List<?> numbers = result.getMessage().getBody(List.class);
        assertThat(numbers).extracting(n -> ((PhoneNumber) n).id()).containsExactly("1001", "1002");
        assertThat(numbers).extracting(n -> ((PhoneNumber) n).status())
                .containsExactly(PhoneNumber.Status.CONNECTED, PhoneNumber.Status.PENDING);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID)).isEqualTo(WABA);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("TraceOk1");
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("GET");
        assertThat(request.getUrl()).isEqualTo("/v23.0/" + WABA + "/phone_numbers?fields=id,display_phone_number,"
                                               + "verified_name,status,code_verification_status,quality_rating,"
                                               + "platform_type,name_status,throughput");
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(request.containsHeader("Content-Type")).isFalse();
    }

    @Test
    void businessAccountIdHeaderOverridesTheOptionPerMessage() {
        graph.stubFor(get(urlPathEqualTo("/v23.0/555/phone_numbers")).willReturn(okJson("{\"data\":[]}")));

        Exchange result = call(uri("listPhoneNumbers", ""), null,
                Map.of(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID, "555"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(List.class)).isEmpty();
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID)).isEqualTo("555");
        assertThat(onlyRequest().getUrl()).startsWith("/v23.0/555/phone_numbers?");
    }

    @Test
    void tokenProviderIsAskedWithTheBusinessAccountIdForTheList() {
        List<String> asked = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("tokens", (WhatsAppAccessTokenProvider) id -> {
            asked.add(id);
            return TOKEN;
        });
        stub("listPhoneNumbers", 200, "{\"data\":[]}");

        Exchange result = call("whatsapp-admin:listPhoneNumbers?baseUrl=" + graph.baseUrl() + "&businessAccountId="
                               + WABA + "&accessTokenProvider=#tokens", null, Map.of());

        assertThat(result.getException()).isNull();
        assertThat(asked).containsExactly(WABA);
        assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
    }
}
