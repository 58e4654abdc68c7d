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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;

/**
 * The error for options an endpoint URI gives that the endpoint does not have. It names each one and the option most
 * likely meant, and never repeats a value: a misspelled {@code accessToken} carries the token.
 */
public final class UnknownOptions {

    private UnknownOptions() {
    }

    /**
     * @param given   the names of the options that could not be set
     * @param options the names of the endpoint's options
     */
    public static WhatsAppInvalidInputException refuse(Collection<String> given, Set<String> options,
                                                       String operation) {
        List<String> described = new ArrayList<>();
        for (String name : given) {
            String meant = closest(name, options);
            described.add(InputValidator.quote(name) + (meant != null ? " (did you mean " + meant + "?)" : ""));
        }
        String first = given.iterator().next();
        return new WhatsAppInvalidInputException(first,
                (given.size() == 1 ? "Unknown option " : "Unknown options ") + String.join(", ", described)
                                                        + " on the whatsapp-admin endpoint; values are not shown. Fix the name: the options are"
                                                        + " listed in the component reference.",
                operation, null);
    }

    /** The option {@code name} most likely means, or {@code null} when none is close. */
    static String closest(String name, Set<String> options) {
        String given = normalized(name);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String option : options) {
            int d = distance(given, normalized(option));
            if (d < bestDistance || (d == bestDistance && best != null && option.compareTo(best) < 0)) {
                best = option;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(1, given.length() / 4)) {
            return best;
        }
        return bySharedWord(name, options);
    }

    /**
     * For a name far from every option, such as {@code authorizationToken}: the closest option that shares one of its
     * words ({@code token}).
     */
    private static String bySharedWord(String name, Set<String> options) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String word : words(name)) {
            if (word.length() < 4) {
                continue;
            }
            for (String option : options) {
                if (words(option).contains(word)) {
                    int d = distance(normalized(name), normalized(option));
                    if (d < bestDistance || (d == bestDistance && best != null && option.compareTo(best) < 0)) {
                        best = option;
                        bestDistance = d;
                    }
                }
            }
        }
        return best;
    }

    /** The words of a camelCase, snake_case or kebab-case name, in lower case. */
    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("(?<=[a-z0-9])(?=[A-Z])|[_\\-.]+")) {
            if (!part.isEmpty()) {
                words.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String normalized(String name) {
        return name.replaceAll("[_\\-.]", "").toLowerCase(Locale.ROOT);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
