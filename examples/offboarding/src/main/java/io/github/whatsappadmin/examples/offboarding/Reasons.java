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
package io.github.whatsappadmin.examples.offboarding;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;

/**
 * The one-line reason a person acts on, for a failed number: Graph's own words for people ({@code error_user_title}
 * and {@code error_user_msg}) when it sent them, else its details or message, else the component's explanation. Worded
 * the same for every number with the same cause, so the summary can group by it: the number's own ID becomes
 * {@code <id>}, links become their host, and the current time Graph adds to token errors is dropped. Every token the
 * job knows is masked, whatever the text came from.
 */
final class Reasons {

    static final String MASK = "***";
    static final String ID = "<id>";
    private static final int MAX_LENGTH = 300;
    private static final Pattern CODE_PREFIX = Pattern.compile("^\\(#\\d+\\)\\s*");
    private static final Pattern CURRENT_TIME = Pattern.compile("\\s*The current time is [^.]*\\.");
    private static final Pattern URL = Pattern.compile("https?://([^/\\s\\]\\[)(\"']+)[^\\s\\]\\[)(\"']*");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<String> secrets;

    /** @param secrets the tokens of this run (longest first when one contains another) */
    Reasons(Collection<String> secrets) {
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The reason for a failure of the given number. */
    String of(Throwable failure, String phoneNumberId) {
        String text = CODE_PREFIX.matcher(text(failure)).replaceFirst("");
        text = CURRENT_TIME.matcher(text).replaceAll("");
        text = URL.matcher(redact(text)).replaceAll("$1");
        if (phoneNumberId != null && !phoneNumberId.isEmpty()) {
            text = text.replace(phoneNumberId, ID);
        }
        text = SPACE.matcher(text).replaceAll(" ").strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
    }

    /** The text with every token of this run masked. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        for (String secret : secrets) {
            text = text.replace(secret, MASK);
        }
        return text;
    }

    private static String text(Throwable failure) {
        if (failure instanceof WhatsAppGraphException graph) {
            String forPeople = join(graph.getUserTitle(), graph.getUserMessage());
            if (forPeople != null) {
                return forPeople;
            }
            if (present(graph.getErrorDetails())) {
                return graph.getErrorDetails();
            }
            if (present(graph.getGraphMessage())) {
                return graph.getGraphMessage();
            }
        }
        String message = failure.getMessage();
        if (!present(message)) {
            return failure.getClass().getSimpleName();
        }
        if (failure instanceof WhatsAppAdminException admin) {
            // the component starts with what failed ("deregister of phone number 1001 failed: "): the line says that
            String prefix = admin.getOperation() + " of phone number " + admin.getPhoneNumberId() + " failed: ";
            return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
        return failure.getClass().getSimpleName() + ": " + message;
    }

    private static String join(String title, String message) {
        if (present(title) && present(message)) {
            return title.strip() + (title.strip().matches(".*[.:!?]$") ? " " : ": ") + message.strip();
        }
        return present(title) ? title : present(message) ? message : null;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
