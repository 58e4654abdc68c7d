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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.whatsappadmin.camel.WhatsAppAdminConfiguration;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code listPhoneNumbers}: {@code GET /{v}/{businessAccountId}/phone_numbers?fields=...}, page after page, into one
 * {@code List<PhoneNumber>}. The next page is asked for with {@code paging.cursors.after} against the configured base
 * URL: {@code paging.next} only says that there is one (as a URL it could name another host, so it is never followed).
 * The list ends at the first page without {@code next} or without numbers, or at {@code maxResults}; a cursor Graph
 * gave before ends the call with an error rather than loop. A read.
 */
public final class ListPhoneNumbersCall implements OperationCall {

    private static final Logger LOG = LoggerFactory.getLogger(ListPhoneNumbersCall.class);

    /** One exchange's walk over the pages: what to ask for, and what was collected so far. */
    static final class Walk {
        final String fields;
        final int maxResults;
        final List<PhoneNumber> numbers = new ArrayList<>();
        final Set<String> cursors = new HashSet<>();

        Walk(String fields, int maxResults) {
            this.fields = fields;
            this.maxResults = maxResults;
        }
    }

    @Override
    public Subject subject() {
        return Subject.BUSINESS_ACCOUNT;
    }

    @Override
    public boolean harmlessToRepeat() {
        return true;
    }

    @Override
    public Object input(Message in, WhatsAppAdminConfiguration config, CallContext call) {
        return new Walk(GetPhoneNumberCall.fields(config, call.operationName()), config.getMaxResults());
    }

    @Override
    public CallRequest request(CallContext call) {
        return page(call, null);
    }

    private static CallRequest page(CallContext call, String after) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("fields", call.input(Walk.class).fields);
        if (after != null) {
            query.put("after", after);
        }
        return CallRequest.get(call.subjectId() + "/phone_numbers", query);
    }

    @Override
    public Step read(JsonNode answer, CallContext call) {
        Walk walk = call.input(Walk.class);
        JsonNode data = answer.path("data");
        if (!answer.isObject() || !data.isArray()) {
            return new Step.Unexpected("a page of phone numbers, {\"data\": [...]}");
        }
        for (JsonNode element : data) {
            PhoneNumber number = GetPhoneNumberCall.phoneNumber(element);
            if (number == null) {
                return new Step.Unexpected("a page of phone numbers, each an object with an \"id\"");
            }
            if (walk.numbers.size() == walk.maxResults) {
                LOG.warn("listPhoneNumbers of business account {} stopped at maxResults={}: Graph has more numbers",
                        call.subjectId(), walk.maxResults);
                return new Step.Done(List.copyOf(walk.numbers));
            }
            walk.numbers.add(number);
        }
        JsonNode paging = answer.path("paging");
        if (data.isEmpty() || !paging.hasNonNull("next")) {
            return new Step.Done(List.copyOf(walk.numbers));
        }
        if (walk.numbers.size() == walk.maxResults) {
            LOG.warn("listPhoneNumbers of business account {} stopped at maxResults={}: Graph has another page",
                    call.subjectId(), walk.maxResults);
            return new Step.Done(List.copyOf(walk.numbers));
        }
        JsonNode after = paging.path("cursors").path("after");
        if (!after.isTextual() || after.textValue().isEmpty()) {
            return new Step.Unexpected("paging.cursors.after beside paging.next");
        }
        if (!walk.cursors.add(after.textValue())) {
            return new Step.Unexpected("a page with a new paging.cursors.after (Graph gave one it had given before:"
                                       + " the list would never end)");
        }
        return new Step.Next(page(call, after.textValue()));
    }
}
