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
package io.github.whatsappadmin.camel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.CodeMethod;
import org.apache.camel.Message;

/**
 * Checks the inputs of the operations (business account ID, PIN, code, code method, language, region, fields,
 * maxResults, the in body) before anything is sent. Each failure names the field and the fix; a secret's value (PIN,
 * code, backup) is never repeated, valid or not.
 */
public final class OperationInputs {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}");

    private OperationInputs() {
    }

    /** Checks the operations' options of an endpoint (after the component's and the URI's options are merged). */
    public static void validateOptions(WhatsAppAdminConfiguration config, String operation) {
        if (config.getBusinessAccountId() != null) {
            businessAccountId(config.getBusinessAccountId(), "option businessAccountId", operation);
        }
        if (config.getFields() != null) {
            fields(config.getFields(), operation);
        }
        if (config.getMaxResults() < 1) {
            throw new WhatsAppInvalidInputException("maxResults", "Invalid maxResults " + config.getMaxResults()
                                                                  + ": it must be at least 1 (the default is "
                                                                  + WhatsAppAdminConfiguration.DEFAULT_MAX_RESULTS + ").",
                    operation, null);
        }
        if (config.getCodeMethod() == null) {
            throw new WhatsAppInvalidInputException("codeMethod", "No codeMethod: set it to SMS or VOICE.", operation,
                    null);
        }
        language(config.getLanguage(), "option language", operation, null);
    }

    /** The operation named in the header {@code CamelWhatsAppAdminOperation} does not exist. */
    public static WhatsAppInvalidInputException unknownOperation(String value, String operations, String operation) {
        return new WhatsAppInvalidInputException("operation",
                "Unknown operation " + InputValidator.quote(value) + " in the header "
                                                              + WhatsAppAdminConstants.OPERATION
                                                              + "; nothing was sent. Use one of "
                                                              + operations + ".",
                operation, null);
    }

    /** Checks a business account ID and returns it; {@code source} says where it came from, for the message. */
    public static String businessAccountId(String value, String source, String operation) {
        if (value == null || value.isEmpty()) {
            throw new WhatsAppInvalidInputException("businessAccountId",
                    "No business account ID for " + operation + ": set the header "
                                                                         + WhatsAppAdminConstants.BUSINESS_ACCOUNT_ID
                                                                         + " or the option businessAccountId to the WhatsApp Business Account ID (digits"
                                                                         + " only, as WhatsApp Manager shows it).",
                    operation, null);
        }
        if (!InputValidator.GRAPH_ID.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("businessAccountId",
                    "Invalid business account ID " + InputValidator.quote(value) + " in " + source + " for "
                                                                         + operation
                                                                         + ": it must be the WhatsApp Business Account ID, digits only (such as"
                                                                         + " 102290129340398).",
                    operation, null);
        }
        return value;
    }

    /** Checks a two-step verification PIN: exactly 6 digits. The message never repeats it. */
    public static String pin(String value, String source, String operation, String phoneNumberId) {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("pin",
                    (value == null ? "No pin in " : "Invalid pin in ") + source + " for " + operation
                                                           + ": the two-step verification PIN must be exactly 6 digits (0-9)"
                                                           + (value == null ? "." : "; the value given is not shown."),
                    operation, phoneNumberId);
        }
        return value;
    }

    /** Checks a verification code: its 6 digits, without the dash an SMS shows. The message never repeats it. */
    public static String code(String value, String source, String operation, String phoneNumberId) {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("code",
                    (value == null ? "No code in " : "Invalid code in ") + source + " for " + operation
                                                            + ": give the 6 digits of the verification code only (123456, not 123-456)"
                                                            + (value == null ? "." : "; the value given is not shown."),
                    operation, phoneNumberId);
        }
        return value;
    }

    /**
     * Checks a code method as given on the URI, before Camel converts it (Camel's own error would not name the
     * field): {@code SMS} or {@code VOICE}, in any case.
     */
    public static void codeMethodText(Object value, String operation) {
        if (!(value instanceof String text)) {
            return;
        }
        for (CodeMethod method : CodeMethod.values()) {
            if (method.name().equalsIgnoreCase(text.trim())) {
                return;
            }
        }
        throw new WhatsAppInvalidInputException("codeMethod",
                "Invalid codeMethod " + InputValidator.quote(text) + " for " + operation + ": use SMS or VOICE.",
                operation, null);
    }

    /** Checks a language: a locale as Graph writes it, such as {@code en_US} or {@code pt_BR}. */
    public static String language(String value, String source, String operation, String phoneNumberId) {
        if (value == null || !LANGUAGE.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("language",
                    "Invalid language " + InputValidator.quote(value) + " in " + source + " for " + operation
                                                                + ": use a locale such as en_US, pt_BR or es (language in lower case, then"
                                                                + " an underscore and the country in upper case).",
                    operation, phoneNumberId);
        }
        return value;
    }

    /** Checks a data localization region: an ISO 3166-1 alpha-2 code in upper case, such as {@code DE}. */
    public static String region(String value, String source, String operation, String phoneNumberId) {
        if (!REGION.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("dataLocalizationRegion",
                    "Invalid dataLocalizationRegion " + InputValidator.quote(value) + " in " + source + " for "
                                                                              + operation
                                                                              + ": use a two-letter ISO 3166-1 country code in upper case, such as DE or IN"
                                                                              + " (or leave it null for no localization).",
                    operation, phoneNumberId);
        }
        return value;
    }

    /**
     * Checks a comma-separated list of phone number fields against the ones Graph documents, and returns them in
     * order, each once.
     */
    public static List<String> fields(String value, String operation) {
        List<String> fields = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            String field = part.trim();
            if (field.isEmpty()) {
                throw new WhatsAppInvalidInputException("fields",
                        "Invalid fields " + InputValidator.quote(value) + " for " + operation
                                                                  + ": an empty name; list field names separated by commas, such as"
                                                                  + " id,status,platform_type.",
                        operation, null);
            }
            if (!PhoneNumberFields.KNOWN.contains(field)) {
                throw new WhatsAppInvalidInputException("fields",
                        "Unknown field " + InputValidator.quote(field) + " in fields for " + operation
                                                                  + ": use fields of a phone number, among "
                                                                  + String.join(", ", PhoneNumberFields.KNOWN) + ".",
                        operation, null);
            }
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fields;
    }

    /**
     * The in body as the operation's input type.
     *
     * @throws WhatsAppInvalidInputException when it is missing or of another type (its value is never shown: it may
     *                                       hold a secret)
     */
    public static <T> T body(Message in, Class<T> type, String operation, String phoneNumberId) {
        Object body = in.getBody();
        if (type.isInstance(body)) {
            return type.cast(body);
        }
        throw new WhatsAppInvalidInputException("body",
                operation + " needs the in body to be a " + type.getName() + ", but it is "
                                                        + (body == null ? "empty" : "a " + body.getClass().getName())
                                                        + "; nothing was sent. Set the body to a " + type.getSimpleName()
                                                        + " first.",
                operation, phoneNumberId);
    }
}
