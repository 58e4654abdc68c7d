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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the numbers to offboard: a header line naming the columns {@code phone_number_id} (required), {@code label}
 * and {@code account} (optional, any order), then one number per line. Every line is checked before anything is sent,
 * and every problem is reported at once, each with its line number, so one round of fixes is enough.
 */
final class NumbersCsv {

    static final String PHONE_NUMBER_ID = "phone_number_id";
    static final String LABEL = "label";
    static final String ACCOUNT = "account";
    private static final Set<String> COLUMNS = Set.of(PHONE_NUMBER_ID, LABEL, ACCOUNT);

    private NumbersCsv() {
    }

    /** What is wrong with one line. */
    private static final class LineProblem extends Exception {

        private static final long serialVersionUID = 1L;

        LineProblem(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param name what to call the input in messages (its path)
     */
    static List<NumberRow> read(Reader input, String name) throws IOException, InputException {
        BufferedReader reader = new BufferedReader(input);
        String header = reader.readLine();
        if (header == null || header.isBlank()) {
            throw new InputException(name + " line 1: expected a header line with the column "
                                     + PHONE_NUMBER_ID + " (and optionally " + LABEL + ", " + ACCOUNT + ")");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Integer> columns = columns(Csv.parse(stripBom(header)), name, problems);
        if (!problems.isEmpty()) {
            throw problems(name, problems);
        }
        List<NumberRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                NumberRow row = row(line, columns);
                Integer earlier = lineOfId.putIfAbsent(row.phoneNumberId(), lineNumber);
                if (earlier != null) {
                    throw new LineProblem("phone number ID " + row.phoneNumberId() + " is already on line " + earlier
                                          + "; list each number once");
                }
                rows.add(new NumberRow(lineNumber, row.phoneNumberId(), row.label(), row.account()));
            } catch (LineProblem e) {
                problems.add(name + " line " + lineNumber + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw problems(name, problems);
        }
        if (rows.isEmpty()) {
            throw new InputException(name + ": no phone numbers after the header line");
        }
        return rows;
    }

    /** One problem as it is; several under a line that counts them. */
    private static InputException problems(String name, List<String> problems) {
        if (problems.size() == 1) {
            return new InputException(problems.get(0));
        }
        return new InputException(Plural.of(problems.size(), "problem") + " in " + name + "; nothing was sent:\n  "
                                  + String.join("\n  ", problems));
    }

    private static Map<String, Integer> columns(List<String> names, String name, List<String> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.add(name + " line 1: unknown column '" + names.get(i) + "'; the columns are "
                             + PHONE_NUMBER_ID + " (required), " + LABEL + ", " + ACCOUNT);
            } else if (columns.put(column, i) != null) {
                problems.add(name + " line 1: column " + column + " appears twice");
            }
        }
        if (!columns.containsKey(PHONE_NUMBER_ID)) {
            problems.add(name + " line 1: missing column " + PHONE_NUMBER_ID + " in the header '"
                         + String.join(",", names) + "'");
        }
        return columns;
    }

    private static NumberRow row(String line, Map<String, Integer> columns) throws LineProblem {
        List<String> fields;
        try {
            fields = Csv.parse(line);
        } catch (IllegalArgumentException e) {
            throw new LineProblem(e.getMessage());
        }
        if (fields.size() != columns.size()) {
            throw new LineProblem(Plural.of(fields.size(), "field") + ", the header has " + columns.size());
        }
        String id = fields.get(columns.get(PHONE_NUMBER_ID));
        String account = field(fields, columns, ACCOUNT);
        List<String> wrong = new ArrayList<>();
        if (!digits(id)) {
            wrong.add("phone_number_id '" + id + "' is not a phone number ID (digits only, as in WhatsApp Manager)");
        }
        if (!account.isEmpty() && !digits(account)) {
            wrong.add("account '" + account + "' is not a WhatsApp Business Account ID (digits only)");
        }
        if (!wrong.isEmpty()) {
            throw new LineProblem(String.join("; ", wrong));
        }
        return new NumberRow(0, id, field(fields, columns, LABEL), account);
    }

    private static String field(List<String> fields, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : fields.get(index);
    }

    private static boolean digits(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }
}
