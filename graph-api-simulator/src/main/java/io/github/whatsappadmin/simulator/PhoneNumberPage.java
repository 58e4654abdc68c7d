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

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a business account's phone numbers, with Graph's cursor paging: {@code paging.cursors.before/after}
 * name the page's first and last number, {@code paging.next} / {@code previous} are absolute URLs of the pages
 * around it (on the simulator itself), present only when there is such a page.
 */
final class PhoneNumberPage {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    private PhoneNumberPage() {
    }

    /** Opaque to clients, as Graph's are: base64 of the number's ID. */
    static String cursorOf(SimulatedPhoneNumber number) {
        return Base64.getEncoder().encodeToString(number.id.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of the number a cursor names, or -1 for a cursor this list did not give. */
    static int indexOf(List<SimulatedPhoneNumber> numbers, String cursor) {
        for (int i = 0; i < numbers.size(); i++) {
            if (cursorOf(numbers.get(i)).equals(cursor)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The numbers from {@code from} (inclusive) to {@code to} (exclusive) as Graph's list answer.
     *
     * @param listUrl         the list's absolute URL without query, for {@code next} and {@code previous}
     * @param fieldsParameter the {@code fields} as asked, repeated in those URLs (null when not asked)
     */
    static Map<String, Object> render(List<SimulatedPhoneNumber> numbers, int from, int to, List<String> fields,
                                      String fieldsParameter, int limit, String listUrl) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (SimulatedPhoneNumber number : numbers.subList(from, to)) {
            data.add(PhoneNumberFields.render(number, fields));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("data", data);
        if (data.isEmpty()) {
            return page;
        }
        String first = cursorOf(numbers.get(from));
        String last = cursorOf(numbers.get(to - 1));
        Map<String, Object> cursors = new LinkedHashMap<>();
        cursors.put("before", first);
        cursors.put("after", last);
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("cursors", cursors);
        String query = (fieldsParameter == null ? "" : "fields=" + QueryString.encode(fieldsParameter) + "&")
                       + "limit=" + limit;
        if (from > 0) {
            paging.put("previous", listUrl + "?" + query + "&before=" + QueryString.encode(first));
        }
        if (to < numbers.size()) {
            paging.put("next", listUrl + "?" + query + "&after=" + QueryString.encode(last));
        }
        page.put("paging", paging);
        return page;
    }
}
