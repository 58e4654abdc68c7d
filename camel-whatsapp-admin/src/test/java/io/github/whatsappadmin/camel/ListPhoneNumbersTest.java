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
package io.github.whatsappadmin.camel;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.github.whatsappadmin.camel.error.WhatsAppConnectionException;
import io.github.whatsappadmin.camel.error.WhatsAppGraphException;
import io.github.whatsappadmin.camel.error.WhatsAppPermissionException;
import io.github.whatsappadmin.camel.error.WhatsAppServerException;
import io.github.whatsappadmin.camel.model.PhoneNumber;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * listPhoneNumbers follows Graph's pages within one exchange: from paging.cursors.after against the configured base
 * URL, bounded by maxResults, each page within requestTimeout, and never in circles.
 */
class ListPhoneNumbersTest extends OperationTestSupport {

    private static final String PATH = "/v23.0/" + WABA + "/phone_numbers";

    /** The page Graph gives for {@code after} ({@code null}: the first page). */
    private static MappingBuilder pageAfter(String after) {
        return get(urlPathEqualTo(PATH)).withQueryParam("after", after == null ? absent() : equalTo(after));
    }

    /** A page of numbers {@code ids}, with a next page at cursor {@code next} (none when {@code null}). */
    private static String page(String next, String... ids) {
        String data = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        String paging = next == null ? "{\"cursors\":{\"before\":\"b\",\"after\":\"last\"}}"
                : "{\"cursors\":{\"before\":\"b\",\"after\":\"" + next + "\"},\"next\":\"" + graph.baseUrl() + PATH
                  + "?after=" + next + "\"}";
        return "{\"data\":" + data + ",\"paging\":" + paging + "}";
    }

    private static List<String> ids(Exchange result) {
        assertThat(result.getException()).isNull();
        return ((List<?>) result.getMessage().getBody(List.class)).stream().map(n -> ((PhoneNumber) n).id()).toList();
    }

    /** The {@code after} of each request received, in the order sent. */
    private static List<String> cursorsAskedFor() {
        return requestsReceived().stream().map(r -> r.queryParameter("after").isPresent()
                ? r.queryParameter("after").firstValue() : "-").toList();
    }

    @Test
    void aFailureNamesTheBusinessAccountItWasFor() {
        graph.stubFor(pageAfter(null).willReturn(aResponse().withStatus(403).withHeader("Content-Type",
                "application/json").withBody("{\"error\":{\"message\":\"(#200) Permissions error\","
                                             + "\"type\":\"OAuthException\",\"code\":200}}")));
        Exchange refusedByGraph = call("listPhoneNumbers");
        Exchange noConnection = call("whatsapp-admin:listPhoneNumbers?baseUrl=http://127.0.0.1:" + LoopbackPorts.closed()
                                     + "&accessToken=RAW(" + TOKEN + ")&businessAccountId=" + WABA, null, Map.of());

        assertThat(refusedByGraph.getException()).isInstanceOf(WhatsAppPermissionException.class)
                .hasMessageStartingWith("listPhoneNumbers of business account " + WABA + " failed: ");
        assertThat(noConnection.getException()).isInstanceOf(WhatsAppConnectionException.class)
                .hasMessageStartingWith("listPhoneNumbers of business account " + WABA + " failed: connection refused");
        assertThat(((WhatsAppPermissionException) refusedByGraph.getException()).getPhoneNumberId()).isNull();
    }

    @Test
    void followsEveryPageFromTheAfterCursorWithinOneExchange() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("QVFIUmxp", "1001", "1002"))));
        graph.stubFor(pageAfter("QVFIUmxp").willReturn(okJson(page("QVFIUmd3", "1003", "1004"))));
        graph.stubFor(pageAfter("QVFIUmd3").willReturn(okJson(page(null, "1005"))));

        Exchange result = call("listPhoneNumbers");

        assertThat(ids(result)).containsExactly("1001", "1002", "1003", "1004", "1005");
        assertThat(cursorsAskedFor()).containsExactly("-", "QVFIUmxp", "QVFIUmd3");
        assertThat(requestsReceived()).allSatisfy(r -> {
            assertThat(r.getMethod().getName()).isEqualTo("GET");
            assertThat(r.getUrl()).startsWith(PATH + "?fields=id,display_phone_number,");
            assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
        });
    }

    @Test
    void cursorIsSentEncodedAndTheNextUrlNeverFollowedAsItStands() {
        // next names another host and another cursor: only paging.cursors.after counts, against the base URL
        graph.stubFor(pageAfter(null).willReturn(okJson("{\"data\":[{\"id\":\"1001\"}],\"paging\":{\"cursors\":"
                                                        + "{\"after\":\"MTAx+NTEx/OTQ1=\"},\"next\":"
                                                        + "\"https://graph.example.net/v23.0/999/phone_numbers?after=elsewhere&access_token=x\"}}")));
        graph.stubFor(pageAfter("MTAx+NTEx/OTQ1=").willReturn(okJson(page(null, "1002"))));

        Exchange result = call("listPhoneNumbers");

        assertThat(ids(result)).containsExactly("1001", "1002");
        assertThat(cursorsAskedFor()).containsExactly("-", "MTAx+NTEx/OTQ1=");
        assertThat(requestsReceived().get(1).getUrl()).endsWith("&after=MTAx%2BNTEx%2FOTQ1%3D")
                .startsWith(PATH + "?");
    }

    @Test
    void maxResultsCutsTheListAndStopsAskingForPages() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("c1", "1001", "1002"))));
        graph.stubFor(pageAfter("c1").willReturn(okJson(page("c2", "1003", "1004"))));
        graph.stubFor(pageAfter("c2").willReturn(okJson(page(null, "1005"))));

        Exchange three = call(uri("listPhoneNumbers", "&maxResults=3"), null, Map.of());
        assertThat(ids(three)).containsExactly("1001", "1002", "1003");
        assertThat(cursorsAskedFor()).containsExactly("-", "c1");

        graph.resetRequests();
        Exchange two = call(uri("listPhoneNumbers", "&maxResults=2"), null, Map.of());
        assertThat(ids(two)).containsExactly("1001", "1002");
        assertThat(cursorsAskedFor()).containsExactly("-");
    }

    @Test
    void cursorGivenTwiceEndsTheCallWithAnErrorInsteadOfLooping() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("c1", "1001"))));
        graph.stubFor(pageAfter("c1").willReturn(okJson(page("c2", "1002"))));
        graph.stubFor(pageAfter("c2").willReturn(okJson(page("c1", "1003"))));

        Exchange result = call("listPhoneNumbers");

        assertThat(result.getException()).isExactlyInstanceOf(WhatsAppGraphException.class);
        WhatsAppGraphException e = (WhatsAppGraphException) result.getException();
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getOperation()).isEqualTo("listPhoneNumbers");
        assertThat(e.getMessage()).contains("paging.cursors.after", "never end");
        assertThat(cursorsAskedFor()).containsExactly("-", "c1", "c2");
    }

    @Test
    void pageWithoutNumbersEndsTheListEvenWithANextLink() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("c1", "1001"))));
        graph.stubFor(pageAfter("c1").willReturn(okJson(page("c2"))));

        assertThat(ids(call("listPhoneNumbers"))).containsExactly("1001");
        assertThat(cursorsAskedFor()).containsExactly("-", "c1");
    }

    @Test
    void failureOnALaterPageFailsTheExchangeWithThatPagesAnswer() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("c1", "1001"))));
        graph.stubFor(pageAfter("c1").willReturn(aResponse().withStatus(500).withHeader("x-fb-trace-id", "Page2Trace")
                .withBody("{\"error\":{\"message\":\"Something went wrong\",\"type\":\"OAuthException\","
                          + "\"code\":131000}}")));

        Exchange result = call("listPhoneNumbers");

        WhatsAppServerException e = failure(result, WhatsAppServerException.class);
        assertThat(e.isRetryable()).isTrue();
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(500);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("Page2Trace");
    }

    @Test
    void requestTimeoutBoundsEachPageNotTheWholeList() {
        // six pages of 300 ms each take longer than one requestTimeout, and each stays well within it
        int pages = 6;
        for (int i = 0; i < pages; i++) {
            String next = i + 1 < pages ? "c" + (i + 1) : null;
            graph.stubFor(pageAfter(i == 0 ? null : "c" + i).willReturn(okJson(page(next, "100" + i))
                    .withFixedDelay(300)));
        }

        Exchange result = call(uri("listPhoneNumbers", "&requestTimeout=1500"), null, Map.of());

        assertThat(ids(result)).containsExactlyElementsOf(IntStream.range(0, pages).mapToObj(i -> "100" + i).toList());
    }

    @Test
    void pageSlowerThanRequestTimeoutEndsInAConnectionFailure() {
        graph.stubFor(pageAfter(null).willReturn(okJson(page("c1", "1001"))));
        graph.stubFor(pageAfter("c1").willReturn(okJson(page(null, "1002")).withFixedDelay(3_000)));

        Exchange result = call(uri("listPhoneNumbers", "&requestTimeout=500"), null, Map.of());

        WhatsAppConnectionException e = failure(result, WhatsAppConnectionException.class);
        assertThat(e.getMessage()).startsWith("listPhoneNumbers of business account " + WABA + " failed: ")
                .contains("requestTimeout 500 ms");
        // a list is a read: repeating it is harmless, even after the request went out
        assertThat(e.isRequestSent()).isTrue();
        assertThat(e.isRetryable()).isTrue();
    }
}
