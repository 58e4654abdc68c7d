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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.whatsappadmin.simulator.GraphClient.data;
import static io.github.whatsappadmin.simulator.GraphClient.error;
import static io.github.whatsappadmin.simulator.GraphClient.json;
import static io.github.whatsappadmin.simulator.GraphClient.paging;
import static org.assertj.core.api.Assertions.assertThat;

class ListPhoneNumbersTest extends SimulatorTestSupport {

    private static final String WABA = "102290129340401";

    @BeforeEach
    void setUp() {
        graph.token("good-token");
        graph.account(WABA).phoneNumbers("106540352250000", 260, PhoneNumberState.REGISTERED);
    }

    @Test
    void followingNextFromPageToPageListsEveryNumberOnceInOrder() {
        List<String> listed = new ArrayList<>();
        HttpResponse<String> page = client.listPhoneNumbers(WABA, "good-token", "");
        int pages = 1;
        while (true) {
            assertThat(page.statusCode()).isEqualTo(200);
            data(page).forEach(n -> listed.add((String) n.get("id")));
            Object next = paging(page).get("next");
            if (next == null) {
                break;
            }
            assertThat((String) next).as("an absolute URL to the simulator itself").startsWith(graph.baseUrl() + "/");
            page = client.getUrl((String) next, "good-token");
            pages++;
        }

        assertThat(listed).hasSize(260).doesNotHaveDuplicates().isEqualTo(graph.simulator().phoneNumberIds(WABA));
        assertThat(listed.get(0)).isEqualTo("106540352250000");
        assertThat(listed.get(259)).isEqualTo("106540352250259");
        assertThat(pages).as("25 a page by default").isEqualTo(11);
    }

    @Test
    void aPageCarriesCursorsForItsFirstAndLastNumber() {
        HttpResponse<String> first = client.listPhoneNumbers(WABA, "good-token", "limit=2");

        assertThat(data(first)).extracting(n -> n.get("id")).containsExactly("106540352250000", "106540352250001");
        @SuppressWarnings("unchecked")
        Map<String, Object> cursors = (Map<String, Object>) paging(first).get("cursors");
        assertThat(cursors).containsOnlyKeys("before", "after");
        assertThat(paging(first)).doesNotContainKey("previous");
        assertThat((String) paging(first).get("next")).isEqualTo(graph.baseUrl() + "/v23.0/" + WABA
                                                                 + "/phone_numbers?limit=2&after=" + java.net.URLEncoder.encode(
                                                                         (String) cursors.get("after"),
                                                                         java.nio.charset.StandardCharsets.UTF_8));

        HttpResponse<String> second =
                client.listPhoneNumbers(WABA, "good-token", "limit=2&after=" + cursors.get("after"));
        assertThat(data(second)).extracting(n -> n.get("id")).containsExactly("106540352250002", "106540352250003");
    }

    @Test
    void beforeGoesBackAPage() {
        HttpResponse<String> first = client.listPhoneNumbers(WABA, "good-token", "limit=3");
        HttpResponse<String> second = client.getUrl((String) paging(first).get("next"), "good-token");

        HttpResponse<String> back = client.getUrl((String) paging(second).get("previous"), "good-token");

        assertThat(data(back)).isEqualTo(data(first));
        assertThat(paging(back)).doesNotContainKey("previous");
    }

    @Test
    void theLastPageHasNoNext() {
        graph.account("102290129340402").phoneNumbers("2000", 3, PhoneNumberState.REGISTERED);

        HttpResponse<String> page = client.listPhoneNumbers("102290129340402", "good-token", "limit=3");

        assertThat(data(page)).hasSize(3);
        assertThat(paging(page)).containsKey("cursors").doesNotContainKeys("next", "previous");
    }

    @Test
    void anAccountWithoutNumbersListsNone() {
        graph.account("102290129340402");

        HttpResponse<String> page = client.listPhoneNumbers("102290129340402", "good-token", "");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(json(page.body())).isEqualTo(Map.of("data", List.of()));
    }

    @Test
    void itemsCarryTheListsDefaultFieldsOrThoseAskedFor() {
        HttpResponse<String> defaults = client.listPhoneNumbers(WABA, "good-token", "limit=1");
        HttpResponse<String> asked = client.listPhoneNumbers(WABA, "good-token",
                "limit=1&fields=platform_type,code_verification_status");

        assertThat(data(defaults).get(0)).containsOnlyKeys("id", "display_phone_number", "verified_name", "status",
                "quality_rating");
        assertThat(data(asked).get(0)).containsExactly(Map.entry("platform_type", "CLOUD_API"),
                Map.entry("code_verification_status", "VERIFIED"), Map.entry("id", "106540352250000"));
        assertThat((String) paging(asked).get("next"))
                .contains("fields=platform_type%2Ccode_verification_status&limit=1&after=");
    }

    @Test
    void aNumbersStateChangeShowsInTheList() {
        client.deregister("106540352250000", "good-token");

        assertThat(data(client.listPhoneNumbers(WABA, "good-token", "limit=1&fields=status")).get(0))
                .containsEntry("status", "DISCONNECTED");
    }

    @Test
    void oneHundredIsTheLargestPage() {
        assertThat(data(client.listPhoneNumbers(WABA, "good-token", "limit=100"))).hasSize(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", ""})
    void aLimitOutsideOneToOneHundredAnswers400Code100(String limit) {
        HttpResponse<String> response = client.listPhoneNumbers(WABA, "good-token", "limit=" + limit);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).containsEntry("code", 100)
                .containsEntry("message", "Invalid parameter: limit must be an integer from 1 to 100");
    }

    @Test
    void aCursorThisListDidNotGiveAnswers400Code100() {
        HttpResponse<String> after = client.listPhoneNumbers(WABA, "good-token", "after=bm90LWEtY3Vyc29y");
        HttpResponse<String> before = client.listPhoneNumbers(WABA, "good-token", "before=%25%25");

        assertThat(error(after)).containsEntry("message", "Invalid parameter: after is not a cursor of this list");
        assertThat(error(before)).containsEntry("message", "Invalid parameter: before is not a cursor of this list");
    }

    @Test
    void anUnknownFieldAnswers400Code100() {
        assertThat(error(client.listPhoneNumbers(WABA, "good-token", "fields=id,colour")))
                .containsEntry("message",
                        "(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");
    }

    @Test
    void anUnknownBusinessAccountAnswersNotFound() {
        HttpResponse<String> graphStyle = client.listPhoneNumbers("999", "good-token", "");
        graph.simulator().notFoundStyle(NotFoundStyle.OPENAPI);
        HttpResponse<String> openApiStyle = client.listPhoneNumbers("999", "good-token", "");

        assertThat(graphStyle.statusCode()).isEqualTo(400);
        assertThat(error(graphStyle)).containsEntry("code", 100).containsEntry("error_subcode", 33);
        assertThat((String) error(graphStyle).get("message"))
                .startsWith("Unsupported get request. Object with ID '999'");
        assertThat(openApiStyle.statusCode()).isEqualTo(404);
        assertThat(error(openApiStyle)).containsEntry("code", 803);
    }

    @Test
    void aTokenScopedToAnotherAccountIsRefused() {
        graph.token("scoped", TokenState.VALID, "102290129340402");

        HttpResponse<String> response = client.listPhoneNumbers(WABA, "scoped", "");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(error(response)).containsEntry("code", 200);
        assertThat(client.listPhoneNumbers(WABA, null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void aThrottledAccountCannotBeListed() {
        graph.simulator().rateLimitStatus(429).throttleAccount(WABA, 80007, Duration.ofMinutes(3));

        HttpResponse<String> response = client.listPhoneNumbers(WABA, "good-token", "");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(error(response)).containsEntry("code", 80007);
    }

    @Test
    void theJournalKeepsEachPageRequestWithItsQuery() {
        HttpResponse<String> first = client.listPhoneNumbers(WABA, "good-token", "limit=5");
        client.getUrl((String) paging(first).get("next"), "good-token");

        assertThat(graph.journal().forBusinessAccount(WABA)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.method()).isEqualTo("GET");
            assertThat(entry.path()).isEqualTo("/v23.0/" + WABA + "/phone_numbers");
            assertThat(entry.queryParameter("limit")).hasValue("5");
            assertThat(entry.phoneNumberId()).isEmpty();
        });
        assertThat(graph.journal().forBusinessAccount(WABA).get(1).queryParameter("after")).isPresent();
    }
}
