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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Graph calls the simulator implements, each with Meta's operationId. A new operation is a new constant: its
 * method and edge, the parameters it checks and what it does to the number; the checks every call shares stay in
 * {@link PhoneNumberApi}.
 */
enum PhoneNumberOperation {

    /** getPhoneNumberById. */
    GET_PHONE_NUMBER("GET", "") {
        @Override
        Optional<GraphError> validate(Call call) {
            return unknownField(call, PhoneNumberFields.NUMBER_DEFAULTS);
        }

        @Override
        Outcome apply(Call call) {
            List<String> fields = PhoneNumberFields.requested(call.request().queryParameter("fields"),
                    PhoneNumberFields.NUMBER_DEFAULTS);
            return Outcome.ok(PhoneNumberFields.render(call.number(), fields), call.account());
        }
    },

    /** The two-step verification PIN (Meta: updatePhoneNumberStatus), top level or under whatsapp_business_api_data. */
    SET_TWO_STEP_PIN("POST", "") {
        @Override
        Optional<GraphError> validate(Call call) {
            RequestBody source = pinSource(call.parameters());
            if (!source.has("pin")) {
                return Optional.of(GraphErrors.missingParameter("pin"));
            }
            return isPin(source.text("pin")) ? Optional.empty() : Optional.of(GraphErrors.invalidPin());
        }

        @Override
        Outcome apply(Call call) {
            SimulatedPhoneNumber number = call.number();
            return switch (number.state) {
                case NOT_LINKED -> Outcome.failed(GraphErrors.notLinked(), call.account());
                case SMB_APP -> Outcome.failed(GraphErrors.smbBusiness(), call.account());
                case REGISTERED, DEREGISTERED -> {
                    number.twoStepPin = pinSource(call.parameters()).text("pin");
                    yield Outcome.ok(call.account());
                }
            };
        }

        private RequestBody pinSource(RequestBody parameters) {
            return parameters.has("pin") ? parameters : parameters.object("whatsapp_business_api_data");
        }
    },

    /** deregisterPhoneNumber. */
    DEREGISTER("POST", "deregister") {
        @Override
        boolean usesRegistrationBudget() {
            return true;
        }

        @Override
        Outcome apply(Call call) {
            SimulatedPhoneNumber number = call.number();
            if (number.incompleteDeregistrationsLeft > 0) {
                number.incompleteDeregistrationsLeft--;
                return Outcome.failed(GraphErrors.incompleteDeregistration(), call.account());
            }
            GraphError error = switch (number.state) {
                case REGISTERED -> {
                    if (number.platformType == PlatformType.ON_PREMISE) {
                        yield GraphErrors.cannotDeregisterInCurrentState();
                    }
                    number.moveTo(PhoneNumberState.DEREGISTERED);
                    yield null;
                }
                case DEREGISTERED -> call.state().notRegisteredStyle() == NotRegisteredStyle.GRAPH
                        ? GraphErrors.notRegistered() : GraphErrors.notRegisteredSubcode();
                case NOT_LINKED -> GraphErrors.notLinked();
                case SMB_APP -> GraphErrors.smbBusiness();
            };
            return error == null ? Outcome.ok(call.account()) : Outcome.failed(error, call.account());
        }
    },

    /** registerWhatsAppBusinessPhoneNumber. */
    REGISTER("POST", "register") {
        /** Meta's WhatsAppDataLocalizationRegion. */
        private final List<String> regions =
                List.of("AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN", "JP", "KR", "SG", "ZA");

        @Override
        boolean usesRegistrationBudget() {
            return true;
        }

        @Override
        Optional<GraphError> validate(Call call) {
            RequestBody parameters = call.parameters();
            if (!parameters.has("messaging_product")) {
                return Optional.of(GraphErrors.missingParameter("messaging_product"));
            }
            if (!"whatsapp".equals(parameters.member("messaging_product"))) {
                return Optional.of(GraphErrors.invalidParameter("messaging_product must be whatsapp"));
            }
            if (!parameters.has("pin")) {
                return Optional.of(GraphErrors.missingParameter("pin"));
            }
            if (!isPin(parameters.text("pin"))) {
                return Optional.of(GraphErrors.invalidPin());
            }
            if (parameters.has("data_localization_region")
                && !regions.contains(parameters.text("data_localization_region"))) {
                return Optional.of(GraphErrors.invalidParameter(
                        "data_localization_region must be one of " + String.join(", ", regions)));
            }
            if (parameters.has("backup")) {
                RequestBody backup = parameters.object("backup");
                if (backup.text("password") == null || backup.text("data") == null) {
                    return Optional.of(GraphErrors.invalidParameter("backup needs a password and data"));
                }
            }
            return Optional.empty();
        }

        @Override
        Outcome apply(Call call) {
            SimulatedPhoneNumber number = call.number();
            String pin = call.parameters().text("pin");
            GraphError error = switch (number.state) {
                // Registering a registered number is accepted again, as Graph does; from On-Premises it migrates.
                case REGISTERED, DEREGISTERED -> {
                    if (number.codeVerificationStatus != CodeVerificationStatus.VERIFIED) {
                        yield GraphErrors.invalidStateForRegistration();
                    }
                    if (number.twoStepPin != null && !number.twoStepPin.equals(pin)) {
                        yield GraphErrors.pinMismatch();
                    }
                    number.moveTo(PhoneNumberState.REGISTERED);
                    number.twoStepPin = pin;
                    yield null;
                }
                case NOT_LINKED -> GraphErrors.notLinked();
                case SMB_APP -> GraphErrors.smbBusiness();
            };
            return error == null ? Outcome.ok(call.account()) : Outcome.failed(error, call.account());
        }
    },

    /** requestVerificationCode. */
    REQUEST_CODE("POST", "request_code") {
        private final Pattern locale = Pattern.compile("[a-z]{2}_[A-Z]{2}");

        @Override
        Optional<GraphError> validate(Call call) {
            RequestBody parameters = call.parameters();
            if (!parameters.has("code_method")) {
                return Optional.of(GraphErrors.missingParameter("code_method"));
            }
            Object method = parameters.member("code_method");
            if (!"SMS".equals(method) && !"VOICE".equals(method)) {
                return Optional.of(GraphErrors.invalidParameter("code_method must be SMS or VOICE"));
            }
            if (!parameters.has("language")) {
                return Optional.of(GraphErrors.missingParameter("language"));
            }
            String language = parameters.text("language");
            if (language == null || !locale.matcher(language).matches()) {
                return Optional.of(GraphErrors.invalidParameter("language must be a locale such as en_US"));
            }
            return Optional.empty();
        }

        @Override
        Outcome apply(Call call) {
            SimulatedPhoneNumber number = call.number();
            Optional<GraphError> refused = verificationRefused(number);
            // A number in use on the Cloud API has nothing to verify; one on On-Premises is verified to migrate.
            if (refused.isEmpty() && number.state == PhoneNumberState.REGISTERED
                && number.platformType == PlatformType.CLOUD_API) {
                refused = Optional.of(GraphErrors.notEligibleForVerification());
            }
            if (refused.isPresent()) {
                return Outcome.failed(refused.get(), call.account());
            }
            VerificationCode code = VerificationCode.issue(call.parameters().text("code_method"),
                    call.parameters().text("language"), call.now());
            number.pendingCode = code;
            number.lastCode = code;
            return Outcome.ok(call.account());
        }
    },

    /** verifyPhoneNumberCode. */
    VERIFY_CODE("POST", "verify_code") {
        @Override
        Optional<GraphError> validate(Call call) {
            if (!call.parameters().has("code")) {
                return Optional.of(GraphErrors.missingParameter("code"));
            }
            return isPin(call.parameters().text("code"))
                    ? Optional.empty() : Optional.of(GraphErrors.invalidVerificationCode());
        }

        @Override
        Outcome apply(Call call) {
            SimulatedPhoneNumber number = call.number();
            Optional<GraphError> refused = verificationRefused(number);
            if (refused.isPresent()) {
                return Outcome.failed(refused.get(), call.account());
            }
            if (number.pendingCode == null || !number.pendingCode.accepts(call.parameters().text("code"), call.now())) {
                return Outcome.failed(GraphErrors.verificationCodeRejected(), call.account());
            }
            number.pendingCode = null;
            number.codeVerificationStatus = CodeVerificationStatus.VERIFIED;
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("id", number.id);
            return Outcome.ok(body, call.account());
        }
    },

    /** getWhatsAppBusinessAccountPhoneNumbers: one page. */
    LIST_PHONE_NUMBERS("GET", GraphPath.PHONE_NUMBERS_EDGE) {
        @Override
        Optional<GraphError> validate(Call call) {
            Optional<GraphError> unknown = unknownField(call, PhoneNumberFields.LIST_DEFAULTS);
            if (unknown.isPresent()) {
                return unknown;
            }
            return limit(call) == 0
                    ? Optional.of(GraphErrors.invalidParameter("limit must be an integer from 1 to "
                                                               + PhoneNumberPage.MAX_LIMIT)) : Optional.empty();
        }

        @Override
        Outcome apply(Call call) {
            List<SimulatedPhoneNumber> numbers = call.state().phoneNumbersOf(call.account());
            int limit = limit(call);
            // Graph answers the page after a cursor when both are given.
            String after = call.request().queryParameter("after");
            String before = after == null ? call.request().queryParameter("before") : null;
            String cursor = after != null ? after : before;
            int at = cursor == null ? -1 : PhoneNumberPage.indexOf(numbers, cursor);
            if (cursor != null && at < 0) {
                return Outcome.failed(GraphErrors.invalidParameter(
                        (after != null ? "after" : "before") + " is not a cursor of this list"), call.account());
            }
            int from;
            int to;
            if (after != null) {
                from = at + 1;
                to = Math.min(numbers.size(), from + limit);
            } else if (before != null) {
                to = at;
                from = Math.max(0, to - limit);
            } else {
                from = 0;
                to = Math.min(numbers.size(), limit);
            }
            String fieldsParameter = call.request().queryParameter("fields");
            List<String> fields = PhoneNumberFields.requested(fieldsParameter, PhoneNumberFields.LIST_DEFAULTS);
            String listUrl = call.baseUrl() + "/" + call.path().version() + "/" + call.account() + "/"
                             + GraphPath.PHONE_NUMBERS_EDGE;
            return Outcome.ok(PhoneNumberPage.render(numbers, from, to, fields, fieldsParameter, limit, listUrl),
                    call.account());
        }

        /** The page size asked for, the default when none is, or 0 when it is not one. */
        private int limit(Call call) {
            String limit = call.request().queryParameter("limit");
            if (limit == null) {
                return PhoneNumberPage.DEFAULT_LIMIT;
            }
            try {
                int value = Integer.parseInt(limit);
                return value >= 1 && value <= PhoneNumberPage.MAX_LIMIT ? value : 0;
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    };

    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    private final String method;
    private final String edge;

    PhoneNumberOperation(String method, String edge) {
        this.method = method;
        this.edge = edge;
    }

    static Optional<PhoneNumberOperation> of(String method, String edge) {
        return Arrays.stream(values()).filter(op -> op.method.equals(method) && op.edge.equals(edge)).findFirst();
    }

    /** Register and deregister share the 10-per-72-hours budget. */
    boolean usesRegistrationBudget() {
        return false;
    }

    /** Parameter checks, before anything is counted. */
    Optional<GraphError> validate(Call call) {
        return Optional.empty();
    }

    /** What the call does to the number and answers. */
    abstract Outcome apply(Call call);

    private static boolean isPin(String value) {
        return value != null && SIX_DIGITS.matcher(value).matches();
    }

    private static Optional<GraphError> unknownField(Call call, List<String> defaults) {
        String unknown = PhoneNumberFields.firstUnknown(
                PhoneNumberFields.requested(call.request().queryParameter("fields"), defaults));
        return Optional.ofNullable(unknown).map(GraphErrors::nonexistingField);
    }

    /** Numbers whose ownership cannot be verified through the Cloud API. */
    private static Optional<GraphError> verificationRefused(SimulatedPhoneNumber number) {
        return switch (number.state) {
            case NOT_LINKED -> Optional.of(GraphErrors.notLinked());
            case SMB_APP -> Optional.of(GraphErrors.notEligibleForVerification());
            case REGISTERED, DEREGISTERED -> Optional.empty();
        };
    }
}
