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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.WhatsAppAdminConstants;
import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import org.apache.camel.Message;

/**
 * Checks every value that goes into a request before anything is sent. Each failure names the field and the fix. Values
 * from options are checked when the endpoint is created; values known only per message are checked at send time.
 */
public final class InputValidator {

    /** The longest access token accepted; Graph's are a few hundred characters. */
    public static final int MAX_TOKEN_LENGTH = 4096;
    /** The longest User-Agent accepted. */
    public static final int MAX_USER_AGENT_LENGTH = 256;
    /** The longest proxy user name or password accepted. */
    public static final int MAX_PROXY_CREDENTIAL_LENGTH = 1024;

    /** A Graph object ID (phone number, business account): digits only. */
    static final Pattern GRAPH_ID = Pattern.compile("\\d{1,64}");
    private static final Pattern API_VERSION = Pattern.compile("v\\d{1,3}\\.\\d{1,3}");
    /** What Camel reads as a duration: milliseconds, d/h/m/s/ms units (such as 1m30s), or ISO-8601 (PT30S). */
    private static final Pattern DURATION = Pattern.compile("-?\\d+|(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?");

    private InputValidator() {
    }

    /** Checks the options of an endpoint (after the component's and the URI's options are merged). */
    public static void validateOptions(WhatsAppAdminConfiguration config, String operation) {
        if (config.getPhoneNumberId() != null) {
            phoneNumberId(config.getPhoneNumberId(), "option phoneNumberId", operation);
        }
        if (config.getAccessToken() != null) {
            token(config.getAccessToken(), "accessToken", operation, null);
        }
        apiVersion(config.getApiVersion(), operation);
        baseUrl(config.getBaseUrl(), config.isAllowInsecureHttp(), operation);
        positive(config.getConnectTimeout(), "connectTimeout", operation);
        positive(config.getRequestTimeout(), "requestTimeout", operation);
        if (config.getUserAgent() != null) {
            userAgent(config.getUserAgent(), operation);
        }
        maxConnectionsPerHost(config.getMaxConnectionsPerHost(), operation);
        registrationBudget(config.getRegistrationBudget(), operation);
        proxy(config, operation);
    }

    /**
     * Checks a duration option as given on the URI, before Camel converts it: Camel reads text it does not understand,
     * such as {@code abc}, as 0 ms, so the value given would be lost by the time the options are checked.
     */
    public static void durationText(String field, Object value, String operation) {
        if (!(value instanceof String text)) {
            return;
        }
        String v = text.trim();
        boolean iso = v.regionMatches(true, 0, "P", 0, 1) || v.regionMatches(true, 0, "-P", 0, 2);
        if (iso ? isIsoDuration(v) : DURATION.matcher(v).matches()) {
            return;
        }
        throw new WhatsAppInvalidInputException(field,
                "Invalid " + field + " " + quote(text) + ": write milliseconds (30000), a duration with units d, h, m,"
                                                       + " s, ms (30s, 1m30s, 500ms) or ISO-8601 (PT30S).",
                operation, null);
    }

    private static boolean isIsoDuration(String v) {
        try {
            Duration.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The text of a header known only per message, converted by Camel; a value that cannot be converted is an invalid
     * input naming the field, not a raw conversion error.
     */
    public static String headerText(Message message, String header, String field, String operation) {
        Object value = message.getHeader(header);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        try {
            return message.getHeader(header, String.class);
        } catch (RuntimeException e) {
            throw new WhatsAppInvalidInputException(field,
                    "The header " + header + " holds a " + value.getClass().getName() + " that cannot be read as text ("
                                                           + e.getClass().getSimpleName()
                                                           + "); nothing was sent. Set it to a String.",
                    operation, null, e);
        }
    }

    /**
     * Checks a phone number ID and returns it.
     *
     * @param source where the value came from, for the message: "header CamelWhatsAppAdminPhoneNumberId" or "option
     *               phoneNumberId"
     */
    public static String phoneNumberId(String value, String source, String operation) {
        if (value == null || value.isEmpty()) {
            throw new WhatsAppInvalidInputException("phoneNumberId",
                    "No phone number ID for " + operation + ": set the header " + WhatsAppAdminConstants.PHONE_NUMBER_ID
                                                                     + " or the option phoneNumberId to the number's ID (digits only, as WhatsApp Manager shows it).",
                    operation, null);
        }
        if (!GRAPH_ID.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("phoneNumberId",
                    "Invalid phone number ID " + quote(value) + " in " + source + " for " + operation
                                                                     + ": it must be the number's Graph ID, digits only (such as 106540352242922),"
                                                                     + " not a phone number with + or spaces, nor a path.",
                    operation, null);
        }
        return value;
    }

    /** Checks an access token; the message never repeats the token. */
    public static String token(String value, String source, String operation, String phoneNumberId) {
        if (value == null || value.isBlank()) {
            throw new WhatsAppInvalidInputException("accessToken",
                    "No access token for " + operation + ": " + source + " is " + (value == null ? "not set" : "blank")
                                                                   + ". Set the option accessToken (on the component, through a property placeholder)"
                                                                   + " or accessTokenProvider.",
                    operation, phoneNumberId);
        }
        if (value.length() > MAX_TOKEN_LENGTH) {
            throw new WhatsAppInvalidInputException("accessToken",
                    "The access token from " + source + " is " + value.length() + " characters long, more than the "
                                                                   + MAX_TOKEN_LENGTH
                                                                   + " accepted: it is not a Graph access token (a file read whole, or"
                                                                   + " several tokens joined?).",
                    operation, phoneNumberId);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new WhatsAppInvalidInputException("accessToken",
                        "The access token from " + source + " contains " + describe(c) + " at position " + i
                                                                       + ", which cannot be sent in an HTTP header. Remove it (a token read from a file"
                                                                       + " often ends with a line break).",
                        operation, phoneNumberId);
            }
        }
        return value;
    }

    private static String describe(char c) {
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (c == ' ' || c == '\t') {
            return "white space";
        }
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        return c > 0xff ? "a character outside Latin-1" : "a non-ASCII character";
    }

    static void userAgent(String value, String operation) {
        if (value.isBlank() || value.length() > MAX_USER_AGENT_LENGTH) {
            throw new WhatsAppInvalidInputException("userAgent",
                    "Invalid userAgent " + quote(value) + ": it must be 1 to " + MAX_USER_AGENT_LENGTH
                                                                 + " characters, such as " + ProductVersion.DEFAULT_USER_AGENT
                                                                 + " (leave it unset for that default).",
                    operation, null);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c > 0xff) {
                throw new WhatsAppInvalidInputException("userAgent",
                        "Invalid userAgent " + quote(value) + ": it contains " + describe(c) + " at position " + i
                                                                     + ", which cannot be sent in an HTTP header. Use printable ASCII, such as "
                                                                     + ProductVersion.DEFAULT_USER_AGENT + ".",
                        operation, null);
            }
        }
    }

    static void apiVersion(String value, String operation) {
        if (value == null || !API_VERSION.matcher(value).matches()) {
            throw new WhatsAppInvalidInputException("apiVersion",
                    "Invalid apiVersion " + quote(value) + ": use v<major>.<minor>, such as "
                                                                  + WhatsAppAdminConfiguration.DEFAULT_API_VERSION + ".",
                    operation, null);
        }
    }

    static void baseUrl(String value, boolean allowInsecureHttp, String operation) {
        URI uri;
        try {
            uri = new URI(value == null ? "" : value);
        } catch (URISyntaxException e) {
            throw invalidBaseUrl(value, "it is not a valid URL", operation);
        }
        String scheme = uri.getScheme();
        if (uri.getHost() == null || scheme == null) {
            throw invalidBaseUrl(value, "it needs a scheme and a host, such as "
                                        + WhatsAppAdminConfiguration.DEFAULT_BASE_URL, operation);
        }
        String root = scheme + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1);
        if (uri.getRawUserInfo() != null) {
            throw invalidBaseUrl(value, "it must not carry user info (credentials go in proxyUsername and"
                                        + " proxyPassword, the token in accessToken): write " + root, operation);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalidBaseUrl(value, "it must not carry a query or a fragment (the token goes in accessToken):"
                                        + " write " + root, operation);
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            String version = path.replaceAll("^/+|/+$", "");
            throw invalidBaseUrl(value, "it must not carry a path (the component adds /<apiVersion>/<ID>/... itself):"
                                        + " write " + root
                                        + (API_VERSION.matcher(version).matches()
                                                ? " and set apiVersion=" + version : ""),
                    operation);
        }
        if ("http".equalsIgnoreCase(scheme)) {
            if (!allowInsecureHttp && !isLoopback(uri.getHost())) {
                throw invalidBaseUrl(value, "plain http:// would send the token unencrypted; use https://, or set"
                                            + " allowInsecureHttp=true for a gateway inside a trusted network",
                        operation);
            }
        } else if (!"https".equalsIgnoreCase(scheme)) {
            throw invalidBaseUrl(value, "the scheme must be https (or http to a loopback host)", operation);
        }
    }

    private static WhatsAppInvalidInputException invalidBaseUrl(String value, String why, String operation) {
        return new WhatsAppInvalidInputException("baseUrl", "Invalid baseUrl " + quote(shownUrl(value)) + ": " + why
                                                            + ".",
                operation, null);
    }

    /** The URL as a message may show it: user info masked, no query or fragment (either may hold a secret). */
    private static String shownUrl(String value) {
        if (value == null) {
            return null;
        }
        return value.replaceFirst("^([^:/?#]*://)[^/?#]*@", "$1xxxxxx@").replaceFirst("(?s)([?#]).*", "$1...");
    }

    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        // Only literal addresses are checked: no name lookup happens here.
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void positive(long millis, String field, String operation) {
        if (millis <= 0) {
            throw new WhatsAppInvalidInputException(field,
                    "Invalid " + field + " " + millis + " ms: it must be a positive duration, such as 10s or 10000 (ms)."
                                                           + (millis == 0 ? " Camel reads a value it does not understand"
                                                                            + " (such as abc) as 0." : ""),
                    operation, null);
        }
    }

    private static void maxConnectionsPerHost(int value, String operation) {
        if (value < 1 || value > 10_000) {
            throw new WhatsAppInvalidInputException("maxConnectionsPerHost", "Invalid maxConnectionsPerHost " + value
                                                                             + ": it must be between 1 and 10000 (the default is 64).",
                    operation, null);
        }
    }

    private static void registrationBudget(int value, String operation) {
        if (value < 0 || value > WhatsAppAdminConfiguration.DEFAULT_REGISTRATION_BUDGET) {
            throw new WhatsAppInvalidInputException("registrationBudget", "Invalid registrationBudget " + value
                                                                          + ": it must be between 0 and 10 (Graph locks a number for 72h after its"
                                                                          + " 10th register/deregister request in 72h; 0 switches the guard off).",
                    operation, null);
        }
    }

    private static void proxy(WhatsAppAdminConfiguration config, String operation) {
        boolean host = config.getProxyHost() != null && !config.getProxyHost().isBlank();
        Integer port = config.getProxyPort();
        if (host != (port != null)) {
            throw new WhatsAppInvalidInputException(host ? "proxyPort" : "proxyHost",
                    "Incomplete proxy: set both proxyHost and proxyPort.", operation, null);
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new WhatsAppInvalidInputException("proxyPort",
                    "Invalid proxyPort " + port + ": it must be between 1 and 65535.", operation, null);
        }
        if ((config.getProxyUsername() == null) != (config.getProxyPassword() == null)) {
            throw new WhatsAppInvalidInputException("proxyUsername",
                    "Incomplete proxy credentials: set both proxyUsername and proxyPassword.", operation, null);
        }
        if (config.getProxyUsername() != null && !host) {
            throw new WhatsAppInvalidInputException("proxyHost",
                    "Proxy credentials are set but no proxy: set proxyHost and proxyPort.", operation, null);
        }
        proxyCredential(config.getProxyUsername(), "proxyUsername", operation);
        proxyCredential(config.getProxyPassword(), "proxyPassword", operation);
    }

    /** The message never repeats the value: both are secrets. */
    private static void proxyCredential(String value, String field, String operation) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_PROXY_CREDENTIAL_LENGTH) {
            throw new WhatsAppInvalidInputException(field,
                    "The " + field + " is " + value.length() + " characters long, more than the "
                                                           + MAX_PROXY_CREDENTIAL_LENGTH + " accepted.",
                    operation, null);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new WhatsAppInvalidInputException(field,
                        "The " + field + " contains " + describe(value.charAt(i)) + " at position " + i
                                                               + ": remove it (a value read from a file often ends with a line break).",
                        operation, null);
            }
        }
    }

    /** A value for a message: quoted, control characters escaped, cut to a readable length. */
    static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder("'");
        int max = Math.min(value.length(), 80);
        for (int i = 0; i < max; i++) {
            char c = value.charAt(i);
            sb.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append(value.length() > max ? "...'" : "'").toString();
    }
}
