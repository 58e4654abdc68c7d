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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static io.github.whatsappadmin.simulator.GraphClient.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every answer the simulator gives, success and error, for each operation, validated against the response schema
 * Meta's OpenAPI description declares for that operation and HTTP status ({@link MetaOpenApi}: src/test/resources/meta,
 * $refs resolved). One test per operation and status; each drives every scenario that answers with that status.
 *
 * <p>What Meta's description cannot check, and why:
 * <ul>
 * <li>{@code GraphAPIError} declares no {@code error_data}, which Graph sends (an object or a plain string). The schema
 * does not forbid extra members, so it passes unchecked there; {@link #errorDataIsAnObjectOrAStringWhereverSent}
 * checks its two shapes.</li>
 * <li>{@code PhoneNumberInfo} (a read) declares neither {@code status}, {@code platform_type}, {@code throughput},
 * {@code messaging_limit_tier} nor {@code account_mode}; they pass unchecked in reads (the list's item schema
 * checks {@code status}, {@code messaging_limit_tier} and {@code account_mode}).</li>
 * <li>{@code code_verification_status} and the list's {@code status} enums contradict Meta's own examples and other
 * enums: widened in {@link MetaOpenApi}, with the reasons there.</li>
 * <li>The proxy pages (502, 503, 504 HTML) are not Graph's: no operation declares those statuses
 * ({@link #proxyPagesHaveNoSchemaInMetasDescription}).</li>
 * <li>Codes 133000, 133005, 133010, 133016 are not in Meta's description; their envelopes are checked like any
 * other error.</li>
 * </ul>
 */
class ResponseSchemaTest extends SimulatorTestSupport {

    static final String WABA = "102290129340398";
    static final String OTHER_WABA = "109876543210987";
    static final String BULK_WABA = "102290129340401";
    static final String REGISTERED = "106540352242922";
    static final String DEREGISTERED = "106540352242923";
    static final String NOT_VERIFIED = "106540352242924";
    static final String ON_PREMISE = "106540352242925";
    static final String SMB = "106540352242926";
    static final String UNLINKED = "106540352242927";
    static final String EXPIRED = "106540352242928";
    static final String UNKNOWN = "106540352249999";
    static final String TOKEN = "good-token";

    /** A call of one operation on an object (a phone number, or the business account for the list) with a token. */
    interface Call {
        HttpResponse<String> on(GraphClient client, String object, String token);
    }

    /** What one scenario does to reach its answers. */
    interface Scenario {
        List<HttpResponse<String>> run(GraphClient client, GraphApiSimulator sim);
    }

    /** The operations, each with how to call it on an object and the object its common scenarios address. */
    enum Operation {
        DEREGISTER("deregisterPhoneNumber", REGISTERED, (c, id, token) -> c.deregister(id, token)),
        REGISTER("registerWhatsAppBusinessPhoneNumber", DEREGISTERED,
                 (c, id, token) -> c.register(id, token, "123456")),
        REQUEST_CODE("requestVerificationCode", NOT_VERIFIED,
                     (c, id, token) -> c.requestCode(id, token, "SMS", "en_US")),
        VERIFY_CODE("verifyPhoneNumberCode", NOT_VERIFIED, (c, id, token) -> c.verifyCode(id, token, "123456")),
        SET_TWO_STEP_PIN("updatePhoneNumberStatus", REGISTERED, (c, id, token) -> c.setTwoStepPin(id, token, "123456")),
        GET_PHONE_NUMBER("getPhoneNumberById", REGISTERED, (c, id, token) -> c.getPhoneNumber(id, token, null)),
        LIST_PHONE_NUMBERS("getWhatsAppBusinessAccountPhoneNumbers", BULK_WABA,
                           (c, id, token) -> c.listPhoneNumbers(id, token, ""));

        final String operationId;
        final String target;
        final Call call;

        Operation(String operationId, String target, Call call) {
            this.operationId = operationId;
            this.target = target;
            this.call = call;
        }

        HttpResponse<String> on(GraphClient client, String object, String token) {
            return call.on(client, object, token);
        }

        boolean onNumber() {
            return this != LIST_PHONE_NUMBERS;
        }

        /** The account whose throttle reaches this operation's target. */
        String account() {
            return onNumber() ? WABA : BULK_WABA;
        }
    }

    @BeforeEach
    void world() {
        GraphApiSimulator sim = graph.simulator();
        sim.token(TOKEN);
        sim.token("scoped-token", TokenState.VALID, OTHER_WABA);
        sim.token("old-token", TokenState.EXPIRED);
        sim.token("revoked-token", TokenState.REVOKED);
        sim.token("weak-token", TokenState.LACKING_PERMISSION);
        sim.account(WABA)
                .phoneNumber(REGISTERED, PhoneNumberState.REGISTERED)
                .phoneNumber(DEREGISTERED, PhoneNumberState.DEREGISTERED)
                .phoneNumber(NOT_VERIFIED, PhoneNumberState.DEREGISTERED)
                .phoneNumber(ON_PREMISE, PhoneNumberState.REGISTERED)
                .phoneNumber(SMB, PhoneNumberState.SMB_APP)
                .phoneNumber(UNLINKED, PhoneNumberState.NOT_LINKED)
                .phoneNumber(EXPIRED, PhoneNumberState.DEREGISTERED)
                .account(BULK_WABA).phoneNumbers("106540352250000", 30, PhoneNumberState.REGISTERED)
                .account("102290129340402");
        sim.phoneNumberSetup(NOT_VERIFIED).codeVerificationStatus(CodeVerificationStatus.NOT_VERIFIED);
        sim.phoneNumberSetup(EXPIRED).codeVerificationStatus(CodeVerificationStatus.EXPIRED);
        sim.phoneNumberSetup(ON_PREMISE).platformType(PlatformType.ON_PREMISE);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
        for (Operation op : Operation.values()) {
            Map<Integer, Scenario> byStatus = new LinkedHashMap<>();
            byStatus.put(200, success(op));
            byStatus.put(400, (c, sim) -> {
                List<HttpResponse<String>> answers = new ArrayList<>(badRequests(op).run(c, sim));
                answers.add(op.on(c, op.onNumber() ? UNKNOWN : "102290129349999", TOKEN)); // Graph's not found
                sim.throttleAccount(op.account(), 80007, Duration.ofMinutes(5));
                answers.add(op.on(c, op.target, TOKEN));
                return answers;
            });
            byStatus.put(401, (c, sim) -> List.of(op.on(c, op.target, null), op.on(c, op.target, "never-issued"),
                    op.on(c, op.target, "old-token"), op.on(c, op.target, "revoked-token")));
            byStatus.put(403, (c, sim) -> List.of(op.on(c, op.target, "weak-token"),
                    op.on(c, op.target, "scoped-token")));
            byStatus.put(404, (c, sim) -> {
                sim.notFoundStyle(NotFoundStyle.OPENAPI);
                return List.of(op.on(c, op.onNumber() ? UNKNOWN : "102290129349999", TOKEN));
            });
            Scenario unprocessable = unprocessable(op);
            if (unprocessable != null) {
                byStatus.put(422, unprocessable);
            }
            byStatus.put(429, (c, sim) -> {
                sim.rateLimitStatus(429).throttleAccount(op.account(), 80007, Duration.ofMinutes(5));
                HttpResponse<String> waba = op.on(c, op.target, TOKEN);
                sim.throttleAccount(op.account(), 4, Duration.ofMinutes(5));
                return List.of(waba, op.on(c, op.target, TOKEN));
            });
            byStatus.put(500, (c, sim) -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                sim.faults().next(1, Fault.HTTP_500);
                answers.add(op.on(c, op.target, TOKEN));
                if (op.onNumber()) {
                    sim.transientErrors(op.target, 1);
                    answers.add(op.on(c, op.target, TOKEN));
                }
                if (op == Operation.DEREGISTER) {
                    sim.incompleteDeregistration(REGISTERED, 1);
                    answers.add(op.on(c, REGISTERED, TOKEN));
                }
                return answers;
            });
            byStatus.forEach((status, scenario) -> cases.add(arguments(op.operationId, status, scenario)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyAnswerMatchesTheSchemaMetaDeclaresForItsOperationAndStatus(String operationId, int status,
                                                                         Scenario scenario) {
        MetaOpenApi meta = MetaOpenApi.get();
        assertThat(meta.declares(operationId, status)).as("Meta declares %s %s", operationId, status).isTrue();

        List<HttpResponse<String>> answers = scenario.run(client, graph.simulator());

        assertThat(answers).isNotEmpty();
        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(meta.validate(operationId, status, answer.body())).as(answer.body()).isEmpty();
        }
    }

    private static Scenario success(Operation op) {
        return switch (op) {
            case DEREGISTER -> (c, sim) -> List.of(c.deregister(REGISTERED, TOKEN));
            case REGISTER -> (c, sim) -> {
                HttpResponse<String> plain = c.register(DEREGISTERED, TOKEN, "123456");
                HttpResponse<String> again = c.register(DEREGISTERED, TOKEN, "123456");
                HttpResponse<String> migration = c.post("/v23.0/" + ON_PREMISE + "/register", TOKEN,
                        "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"data_localization_region\":\"DE\","
                                                                                                     + "\"backup\":{\"password\":\"p\",\"data\":\"d\"}}");
                return List.of(plain, again, migration);
            };
            case REQUEST_CODE -> (c, sim) -> List.of(c.requestCode(NOT_VERIFIED, TOKEN, "SMS", "en_US"),
                    c.requestCode(ON_PREMISE, TOKEN, "VOICE", "pt_BR"));
            case VERIFY_CODE -> (c, sim) -> {
                c.requestCode(NOT_VERIFIED, TOKEN, "SMS", "en_US");
                return List.of(c.verifyCode(NOT_VERIFIED, TOKEN, sim.lastVerificationCode(NOT_VERIFIED).orElseThrow()));
            };
            case SET_TWO_STEP_PIN -> (c, sim) -> List.of(c.setTwoStepPin(REGISTERED, TOKEN, "123456"),
                    c.post("/v23.0/" + DEREGISTERED, TOKEN, "{\"whatsapp_business_api_data\":{\"pin\":\"654321\"}}"));
            case GET_PHONE_NUMBER -> (c, sim) -> {
                List<HttpResponse<String>> answers = new ArrayList<>();
                for (String id : List.of(REGISTERED, DEREGISTERED, NOT_VERIFIED, ON_PREMISE, SMB, UNLINKED, EXPIRED)) {
                    answers.add(c.getPhoneNumber(id, TOKEN, null));
                    answers.add(c.getPhoneNumber(id, TOKEN, String.join(",", PhoneNumberFields.KNOWN)));
                }
                return answers;
            };
            case LIST_PHONE_NUMBERS -> (c, sim) -> {
                HttpResponse<String> first = c.listPhoneNumbers(BULK_WABA, TOKEN, "limit=10");
                HttpResponse<String> middle = c.getUrl((String) GraphClient.paging(first).get("next"), TOKEN);
                HttpResponse<String> all = c.listPhoneNumbers(BULK_WABA, TOKEN,
                        "limit=100&fields=" + String.join(",", PhoneNumberFields.KNOWN));
                HttpResponse<String> ofEveryState = c.listPhoneNumbers(WABA, TOKEN,
                        "fields=" + String.join(",", PhoneNumberFields.KNOWN));
                HttpResponse<String> empty = c.listPhoneNumbers("102290129340402", TOKEN, "");
                return List.of(first, middle, all, ofEveryState, empty);
            };
        };
    }

    private static Scenario badRequests(Operation op) {
        return switch (op) {
            case DEREGISTER -> (c, sim) -> {
                List<HttpResponse<String>> answers = new ArrayList<>(List.of(c.deregister(DEREGISTERED, TOKEN),
                        c.deregister(UNLINKED, TOKEN), c.deregister(SMB, TOKEN),
                        c.post("/23.0/" + REGISTERED + "/deregister", TOKEN, "{}")));
                sim.notRegisteredStyle(NotRegisteredStyle.OPENAPI);
                answers.add(c.deregister(DEREGISTERED, TOKEN));
                sim.consumeBudget(REGISTERED, RegistrationBudget.LIMIT);
                answers.add(c.deregister(REGISTERED, TOKEN));
                return answers;
            };
            case REGISTER -> (c, sim) -> {
                String path = "/v23.0/" + DEREGISTERED + "/register";
                List<HttpResponse<String>> answers = new ArrayList<>(List.of(
                        c.register(DEREGISTERED, TOKEN, "12345"),
                        c.post(path, TOKEN, "{\"pin\":\"123456\"}"),
                        c.post(path, TOKEN, "{\"messaging_product\":\"whatsapp\"}"),
                        c.post(path, TOKEN, "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\","
                                            + "\"data_localization_region\":\"US\"}"),
                        c.post(path, TOKEN, "{\"messaging_product\":\"whatsapp\",\"pin\":\"123456\",\"backup\":{}}"),
                        c.register(UNLINKED, TOKEN, "123456"), c.register(SMB, TOKEN, "123456")));
                sim.phoneNumberSetup(DEREGISTERED).twoStepPin("246810");
                answers.add(c.register(DEREGISTERED, TOKEN, "123456"));
                sim.consumeBudget(DEREGISTERED, RegistrationBudget.LIMIT);
                answers.add(c.register(DEREGISTERED, TOKEN, "246810"));
                return answers;
            };
            case REQUEST_CODE -> (c, sim) -> List.of(c.requestCode(NOT_VERIFIED, TOKEN, "EMAIL", "en_US"),
                    c.requestCode(NOT_VERIFIED, TOKEN, "SMS", "en-US"),
                    c.post("/v23.0/" + NOT_VERIFIED + "/request_code", TOKEN, "{}"),
                    c.requestCode(UNLINKED, TOKEN, "SMS", "en_US"));
            case VERIFY_CODE -> (c, sim) -> List.of(c.verifyCode(NOT_VERIFIED, TOKEN, "12345"),
                    c.post("/v23.0/" + NOT_VERIFIED + "/verify_code", TOKEN, "{}"),
                    c.verifyCode(UNLINKED, TOKEN, "123456"));
            case SET_TWO_STEP_PIN -> (c, sim) -> List.of(c.setTwoStepPin(REGISTERED, TOKEN, "1234567"),
                    c.post("/v23.0/" + REGISTERED, TOKEN, "{}"), c.setTwoStepPin(SMB, TOKEN, "123456"),
                    c.setTwoStepPin(UNLINKED, TOKEN, "123456"));
            case GET_PHONE_NUMBER -> (c, sim) -> List.of(c.getPhoneNumber(REGISTERED, TOKEN, "status,colour"));
            case LIST_PHONE_NUMBERS -> (c, sim) -> List.of(c.listPhoneNumbers(BULK_WABA, TOKEN, "limit=0"),
                    c.listPhoneNumbers(BULK_WABA, TOKEN, "after=bm90LWEtY3Vyc29y"),
                    c.listPhoneNumbers(BULK_WABA, TOKEN, "fields=colour"));
        };
    }

    /** The 422s the simulator answers; null for operations that answer none. */
    private static Scenario unprocessable(Operation op) {
        return switch (op) {
            case DEREGISTER -> (c, sim) -> List.of(c.deregister(ON_PREMISE, TOKEN));
            case REGISTER -> (c, sim) -> List.of(c.register(NOT_VERIFIED, TOKEN, "123456"),
                    c.register(EXPIRED, TOKEN, "123456"));
            case REQUEST_CODE -> (c, sim) -> List.of(c.requestCode(REGISTERED, TOKEN, "SMS", "en_US"),
                    c.requestCode(SMB, TOKEN, "SMS", "en_US"));
            case VERIFY_CODE -> (c, sim) -> {
                HttpResponse<String> none = c.verifyCode(NOT_VERIFIED, TOKEN, "123456");
                c.requestCode(NOT_VERIFIED, TOKEN, "SMS", "en_US");
                String code = sim.lastVerificationCode(NOT_VERIFIED).orElseThrow();
                String wrongCode = code.equals("000000") ? "000001" : "000000";
                HttpResponse<String> wrong = c.verifyCode(NOT_VERIFIED, TOKEN, wrongCode);
                return List.of(none, wrong, c.verifyCode(SMB, TOKEN, "123456"));
            };
            case SET_TWO_STEP_PIN, GET_PHONE_NUMBER, LIST_PHONE_NUMBERS -> null;
        };
    }

    @Test
    void errorDataIsAnObjectOrAStringWhereverSent() {
        graph.simulator().consumeBudget(DEREGISTERED, RegistrationBudget.LIMIT - 1);
        List<HttpResponse<String>> answers = List.of(client.deregister(DEREGISTERED, TOKEN),   // 133010: object
                client.deregister(DEREGISTERED, TOKEN),                                          // 133016: string
                client.deregister(UNLINKED, TOKEN));

        assertThat(error(answers.get(0)).get("error_data")).isInstanceOf(Map.class);
        assertThat(error(answers.get(1)).get("error_data")).isInstanceOf(String.class);
        assertThat(answers).allSatisfy(answer -> {
            Object data = error(answer).get("error_data");
            assertThat(data).isInstanceOfAny(Map.class, String.class);
            if (data instanceof Map<?, ?> map) {
                assertThat(map.get("messaging_product")).isEqualTo("whatsapp");
                assertThat(map.get("details")).isInstanceOf(String.class);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"HTML_502", "HTML_503", "HTML_504"})
    void proxyPagesHaveNoSchemaInMetasDescription(Fault fault) {
        graph.faults().next(1, fault);

        HttpResponse<String> answer = client.deregister(REGISTERED, TOKEN);

        int status = answer.statusCode();
        for (Operation op : Operation.values()) {
            assertThat(MetaOpenApi.get().declares(op.operationId, status)).as(op.operationId + " " + status).isFalse();
        }
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    /** The checks above can fail: Meta's schemas, as loaded, refuse what they forbid. */
    @Test
    void theSchemasRefuseWhatMetaForbids() {
        MetaOpenApi meta = MetaOpenApi.get();
        for (Operation op : Operation.values()) {
            assertThat(meta.validate(op.operationId, 400, "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\","
                                                          + "\"code\":\"100\",\"fbtrace_id\":\"x\"}}")).as(op.operationId
                                                                                                           + ": code as a string")
                    .isNotEmpty();
            assertThat(meta.validate(op.operationId, 401, "{\"error\":{\"type\":\"OAuthException\",\"code\":190}}"))
                    .as(op.operationId + ": no message").isNotEmpty();
            assertThat(meta.validate(op.operationId, 500, "{\"message\":\"not an envelope\"}"))
                    .as(op.operationId + ": no error object").isNotEmpty();
        }
        for (String id : List.of("deregisterPhoneNumber", "registerWhatsAppBusinessPhoneNumber",
                "requestVerificationCode", "verifyPhoneNumberCode")) {
            assertThat(meta.validate(id, 200, "{\"success\":\"true\"}")).as(id).isNotEmpty();
            assertThat(meta.validate(id, 200, "{}")).as(id).isNotEmpty();
        }
        assertThat(meta.validate("updatePhoneNumberStatus", 200, "{\"success\":\"true\"}")).isNotEmpty();
        assertThat(meta.validate("verifyPhoneNumberCode", 200, "{\"success\":true,\"id\":1001}")).isNotEmpty();
        assertThat(meta.validate("getPhoneNumberById", 200, "{\"id\":\"1\",\"quality_rating\":\"BLUE\"}")).isNotEmpty();
        assertThat(meta.validate("getPhoneNumberById", 200, "{\"id\":\"1\",\"code_verification_status\":\"MAYBE\"}"))
                .as("widened, not opened").isNotEmpty();
        String list = "getWhatsAppBusinessAccountPhoneNumbers";
        assertThat(meta.validate(list, 200, "{\"data\":[{\"id\":\"1\",\"display_phone_number\":\"+1\"}]}"))
                .as("status is required").isNotEmpty();
        assertThat(meta.validate(list, 200, "{\"data\":[{\"id\":\"1\",\"display_phone_number\":\"+1\","
                                            + "\"status\":\"BOGUS\"}]}")).as("widened, not opened").isNotEmpty();
        assertThat(meta.validate(list, 200, "{\"data\":[],\"paging\":{\"cursors\":{\"after\":1}}}")).isNotEmpty();
        assertThat(meta.validate(list, 200, "{\"paging\":{}}")).as("data is required").isNotEmpty();
    }
}
