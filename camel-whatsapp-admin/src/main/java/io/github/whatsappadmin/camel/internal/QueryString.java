package io.github.whatsappadmin.camel.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Encodes query parameters: unreserved characters and the commas of field lists as they are, the rest as %XX. */
public final class QueryString {

    private static final String HEX = "0123456789ABCDEF";

    private QueryString() {
    }

    /** {@code ?name=value&...}, or the empty string for no parameters. */
    public static String of(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((name, value) -> sb.append(sb.length() == 0 ? '?' : '&').append(encode(name)).append('=')
                .append(encode(value)));
        return sb.toString();
    }

    static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~,".indexOf(c) >= 0)) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xf));
            }
        }
        return sb.toString();
    }
}
