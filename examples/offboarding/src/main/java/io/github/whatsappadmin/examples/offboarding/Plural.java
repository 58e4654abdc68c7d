package io.github.whatsappadmin.examples.offboarding;

import java.util.Locale;

/** Counts in words: {@code 1 number}, {@code 2,000 numbers}. */
final class Plural {

    private Plural() {
    }

    /** The count with thousands separators and the noun, plural unless the count is one. */
    static String of(long count, String noun) {
        return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? noun : noun + "s");
    }
}
