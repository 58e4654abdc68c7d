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
 * and the first problem is reported with its line number.
 */
final class NumbersCsv {

    static final String PHONE_NUMBER_ID = "phone_number_id";
    static final String LABEL = "label";
    static final String ACCOUNT = "account";
    private static final Set<String> COLUMNS = Set.of(PHONE_NUMBER_ID, LABEL, ACCOUNT);

    private NumbersCsv() {
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
        Map<String, Integer> columns = columns(Csv.parse(stripBom(header)), name);
        List<NumberRow> rows = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            NumberRow row = row(line, lineNumber, columns, name);
            Integer earlier = lineOfId.putIfAbsent(row.phoneNumberId(), lineNumber);
            if (earlier != null) {
                throw new InputException(name + " line " + lineNumber + ": phone number ID " + row.phoneNumberId()
                                         + " is already on line " + earlier + "; list each number once");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InputException(name + ": no phone numbers after the header line");
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> names, String name) throws InputException {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String column = names.get(i).toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                throw new InputException(name + " line 1: unknown column '" + names.get(i) + "'; the columns are "
                                         + PHONE_NUMBER_ID + " (required), " + LABEL + ", " + ACCOUNT);
            }
            if (columns.put(column, i) != null) {
                throw new InputException(name + " line 1: column " + column + " appears twice");
            }
        }
        if (!columns.containsKey(PHONE_NUMBER_ID)) {
            throw new InputException(name + " line 1: missing column " + PHONE_NUMBER_ID + " in the header '"
                                     + String.join(",", names) + "'");
        }
        return columns;
    }

    private static NumberRow row(String line, int lineNumber, Map<String, Integer> columns, String name)
            throws InputException {
        List<String> fields;
        try {
            fields = Csv.parse(line);
        } catch (IllegalArgumentException e) {
            throw new InputException(name + " line " + lineNumber + ": " + e.getMessage());
        }
        if (fields.size() != columns.size()) {
            throw new InputException(name + " line " + lineNumber + ": " + fields.size() + " fields, the header has "
                                     + columns.size());
        }
        String id = fields.get(columns.get(PHONE_NUMBER_ID));
        if (!digits(id)) {
            throw new InputException(name + " line " + lineNumber + ": phone_number_id '" + id
                                     + "' is not a phone number ID (digits only, as in WhatsApp Manager)");
        }
        String account = field(fields, columns, ACCOUNT);
        if (!account.isEmpty() && !digits(account)) {
            throw new InputException(name + " line " + lineNumber + ": account '" + account
                                     + "' is not a WhatsApp Business Account ID (digits only)");
        }
        return new NumberRow(lineNumber, id, field(fields, columns, LABEL), account);
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
