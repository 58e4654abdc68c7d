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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue of errors the simulator answers, worded and shaped as Graph does, or as Meta's OpenAPI description
 * shows them where Graph's own answer is not documented.
 */
final class GraphErrors {

    private static final DateTimeFormatter GRAPH_TIME =
            DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss zzz", Locale.US).withZone(ZoneId.of("America/Los_Angeles"));

    private static final String GRAPH_METHOD = "GraphMethodException";

    private GraphErrors() {
    }

    // --- routing -----------------------------------------------------------------------------------------------

    /** A path that is not /{v<major>.<minor>}/{id}/{known edge}, or a method the edge does not take. */
    static GraphError unknownPath(String path) {
        return oauth(400, "Unknown path components: " + path, 2500, null);
    }

    // --- authentication and permission ---------------------------------------------------------------------------

    static GraphError missingToken() {
        return oauth(401, "An access token is required to request this resource.", 104, null);
    }

    static GraphError unparsableToken() {
        return oauth(401, "Invalid OAuth access token - Cannot parse access token", 190, null);
    }

    static GraphError expiredToken(Instant now) {
        Instant expiredAt = now.minus(Duration.ofHours(1));
        return oauth(401, "Error validating access token: Session has expired on " + GRAPH_TIME.format(expiredAt)
                          + ". The current time is " + GRAPH_TIME.format(now) + ".", 190, 463);
    }

    static GraphError revokedToken() {
        return oauth(401, "Error validating access token: The session has been invalidated because the user changed"
                          + " their password or Facebook has changed the session for security reasons.", 190, 460);
    }

    static GraphError permissionDenied() {
        return oauth(403, "(#200) Permissions error", 200, null);
    }

    // --- not found -----------------------------------------------------------------------------------------------

    /** An unknown phone number or business account; {@code method} as Graph words it ("get", "post"). */
    static GraphError notFound(NotFoundStyle style, String objectId, String method) {
        return switch (style) {
            // Graph's own wording has no "(#100)" prefix and a different type for this one.
            case GRAPH -> new GraphError(400, "Unsupported " + method.toLowerCase(Locale.ROOT) + " request. Object"
                                              + " with ID '" + objectId
                                              + "' does not exist, cannot be loaded due to missing permissions, or does"
                                              + " not support this operation. Please read the Graph API documentation at"
                                              + " https://developers.facebook.com/docs/graph-api",
                    GRAPH_METHOD, 100, 33, null, false, null, null);
            case OPENAPI -> oauth(404, "(#803) Some of the aliases you requested do not exist: " + objectId, 803, null);
        };
    }

    // --- rate limits ---------------------------------------------------------------------------------------------

    /** Codes 4 (app) and 80007 (WABA); the HTTP status is a switch because Meta's sources disagree (400 or 429). */
    static GraphError throttled(int code, int httpStatus, long minutesToRegain) {
        if (code == 4) {
            return new GraphError(httpStatus, "(#4) Application request limit reached", GraphError.OAUTH, 4, null, null,
                    true, null, null);
        }
        return whatsApp(httpStatus, "(#80007) Rate limit issues", 80007,
                details("The WhatsApp Business Account has reached its rate limit. Try again in " + minutesToRegain
                        + " minutes."), false, "Rate limit hit", "Too many requests for this business account.");
    }

    /**
     * 133016; {@code error_data} is a plain string here, as Graph sends it for some codes, so clients meet that shape.
     */
    static GraphError registrationBudgetExhausted(Instant blockedUntil) {
        return whatsApp(400, "(#133016) Account register/deregister rate limit exceeded", 133016,
                "Too many register/deregister requests for this phone number: " + RegistrationBudget.LIMIT
                                                                                                  + " are allowed in "
                                                                                                  + RegistrationBudget.WINDOW
                                                                                                          .toHours()
                                                                                                  + " hours. The number is blocked until "
                                                                                                  + blockedUntil.truncatedTo(
                                                                                                          ChronoUnit.SECONDS)
                                                                                                  + ".",
                false, "Too many attempts",
                "This phone number has been registered or deregistered too many times. Try again in 72 hours.");
    }

    // --- server --------------------------------------------------------------------------------------------------

    static GraphError temporarilyUnavailable() {
        return new GraphError(500, "An unexpected error has occurred. Please retry your request later.", GraphError.OAUTH, 2,
                null, null, true, null, null);
    }

    static GraphError unknownError() {
        return new GraphError(500, "An unknown error has occurred.", GraphError.OAUTH, 1, null, null, false, null, null);
    }

    // --- phone number state --------------------------------------------------------------------------------------

    static GraphError notRegistered() {
        return whatsApp(400, "(#133010) Account not registered", 133010,
                details("The phone number is not registered on the WhatsApp Business Platform."), false,
                "Account not registered", "Register this phone number before using this API.");
    }

    static GraphError notLinked() {
        return whatsApp(400, "(#100) The phone number is not currently linked in the Facebook Hosted System", 100,
                details("Phone number is not currently linked. Link it to the WhatsApp Business Account first."),
                false, "Phone number not linked", "This phone number is not currently linked to your business.");
    }

    static GraphError smbBusiness() {
        return whatsApp(400, "(#100) This operation is not available for phone numbers of SMB businesses", 100,
                details("The phone number belongs to a WhatsApp Business app (SMB) account. Registration and"
                        + " deregistration through the Cloud API are not available for SMB businesses."),
                false, "Not available for SMB businesses", "Manage this number in the WhatsApp Business app.");
    }

    /** The OpenAPI description's form of "not registered" (see {@link NotRegisteredStyle}). */
    static GraphError notRegisteredSubcode() {
        return oauth(400, "Phone number not registered on the WhatsApp Business Platform.", 100, 2207051);
    }

    /** The OpenAPI description's 422 for a number the Cloud API cannot deregister (here: one on On-Premises). */
    static GraphError cannotDeregisterInCurrentState() {
        return graphMethod(422, "The phone number cannot be deregistered in its current state");
    }

    /** The OpenAPI description's 422 for register; here for a number whose ownership is not verified. */
    static GraphError invalidStateForRegistration() {
        return graphMethod(422, "Phone number is already registered or in invalid state for registration");
    }

    /** The OpenAPI description's 422 for request_code and verify_code on a number that cannot be verified. */
    static GraphError notEligibleForVerification() {
        return graphMethod(422, "Phone number is not eligible for verification at this time");
    }

    /** A wrong, expired, used or never requested code: the OpenAPI description's 422. */
    static GraphError verificationCodeRejected() {
        return new GraphError(422, "The verification code is invalid or has expired", GRAPH_METHOD, 100, null, null,
                false, "Verification Failed", "The verification code you entered is invalid or has expired");
    }

    /** Register with a PIN other than the number's two-step verification PIN. */
    static GraphError pinMismatch() {
        return whatsApp(400, "(#133005) Two step verification PIN Mismatch", 133005,
                details("The PIN does not match the two-step verification PIN of this phone number."), false,
                "PIN mismatch", "Use the two-step verification PIN set for this phone number.");
    }

    static GraphError incompleteDeregistration() {
        return whatsApp(500, "(#133000) Incomplete deregistration", 133000,
                details("A previous deregistration attempt did not complete. Deregister the number again."),
                false, "Incomplete deregistration", "Deregistration did not complete. Try again.");
    }

    // --- parameters ----------------------------------------------------------------------------------------------

    static GraphError missingParameter(String name) {
        return oauth(400, "(#100) The parameter " + name + " is required.", 100, null);
    }

    /** Meta's wording (OpenAPI description of register); the same for the two-step PIN. */
    static GraphError invalidPin() {
        return oauth(400, "Invalid PIN format. PIN must be exactly 6 digits", 100, null);
    }

    static GraphError invalidVerificationCode() {
        return oauth(400, "Invalid verification code format", 100, null);
    }

    /** {@code message} in Meta's "Invalid parameter: ..." form, e.g. "code_method must be SMS or VOICE". */
    static GraphError invalidParameter(String message) {
        return oauth(400, "Invalid parameter: " + message, 100, null);
    }

    static GraphError nonexistingField(String field) {
        return oauth(400, "(#100) Tried accessing nonexisting field (" + field + ") on node type ("
                          + PhoneNumberFields.NODE_TYPE + ")", 100, null);
    }

    // --- shapes --------------------------------------------------------------------------------------------------

    private static GraphError oauth(int status, String message, int code, Integer subcode) {
        return new GraphError(status, message, GraphError.OAUTH, code, subcode, null, false, null, null);
    }

    private static GraphError graphMethod(int status, String message) {
        return new GraphError(status, message, GRAPH_METHOD, 100, null, null, false, null, null);
    }

    private static GraphError whatsApp(int status, String message, int code, Object errorData, boolean isTransient,
                                       String userTitle, String userMessage) {
        return new GraphError(status, message, GraphError.OAUTH, code, null, errorData, isTransient, userTitle, userMessage);
    }

    private static Map<String, Object> details(String details) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("messaging_product", "whatsapp");
        data.put("details", details);
        return data;
    }
}
