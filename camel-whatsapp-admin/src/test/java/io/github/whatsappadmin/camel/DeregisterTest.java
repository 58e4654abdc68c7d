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

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import io.github.whatsappadmin.camel.model.GraphUsage;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class DeregisterTest extends GraphStubTestSupport {

    @Test
    void deregisterPostsToGraphAndReturnsSuccessWithHeaders() {
        answer(200, "{\"success\":true}", "x-fb-trace-id", "HxYz123AbC",
                "x-business-use-case-usage",
                "{\"102290129340398\":[{\"type\":\"whatsapp_business_management\",\"call_count\":3,"
                                             + "\"total_cputime\":1,\"total_time\":2,\"estimated_time_to_regain_access\":0}]}",
                "x-app-usage", "{\"call_count\":5,\"total_cputime\":4,\"total_time\":6}");

        Exchange result = send(uri(""));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody()).isInstanceOf(DeregisterResponse.class);
        assertThat(result.getMessage().getBody(DeregisterResponse.class).isSuccess()).isTrue();
        assertThat(result.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE)).isEqualTo(200);
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.FB_TRACE_ID)).isEqualTo("HxYz123AbC");
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo(PHONE_NUMBER_ID);
        GraphUsage usage = result.getMessage().getHeader(WhatsAppAdminConstants.USAGE, GraphUsage.class);
        assertThat(usage.businessUseCase().get("102290129340398")).singleElement()
                .satisfies(u -> {
                    assertThat(u.type()).isEqualTo("whatsapp_business_management");
                    assertThat(u.callCount()).isEqualTo(3);
                    assertThat(u.totalTime()).isEqualTo(2);
                });
        assertThat(usage.app().callCount()).isEqualTo(5);
        assertThat(usage.timeToRegainAccess()).isEmpty();

        assertThat(requestsReceived()).singleElement().satisfies(request -> {
            assertThat(request.getMethod().getName()).isEqualTo("POST");
            assertThat(request.getUrl()).isEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/deregister");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(request.getHeader("Content-Type")).startsWith("application/json");
            assertThat(request.getHeader("User-Agent")).startsWith("camel-whatsapp-admin/");
            assertThat(request.getBodyAsString()).isEqualTo("{}");
        });
    }

    @Test
    void headerOverridesThePhoneNumberIdOptionPerMessage() {
        graph.stubFor(post(urlPathEqualTo(path("222"))).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\":true}")));

        Exchange result = send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, "222"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(WhatsAppAdminConstants.PHONE_NUMBER_ID)).isEqualTo("222");
        assertThat(requestsReceived()).extracting(LoggedRequest::getUrl).containsExactly("/v23.0/222/deregister");
    }

    @Test
    void numericHeaderIsAcceptedAsPhoneNumberId() {
        graph.stubFor(post(urlPathEqualTo(path("333"))).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\":true}")));

        Exchange result = send(uri(""), Map.of(WhatsAppAdminConstants.PHONE_NUMBER_ID, 333L));

        assertThat(result.getException()).isNull();
        assertThat(requestsReceived()).extracting(LoggedRequest::getUrl).containsExactly("/v23.0/333/deregister");
    }

    @Test
    void componentConfigurationAppliesToEveryEndpointAndUriOptionsOverrideIt() {
        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        component.getConfiguration().setBaseUrl(graph.baseUrl());
        component.getConfiguration().setAccessToken(TOKEN);
        component.getConfiguration().setApiVersion("v21.0");
        component.getConfiguration().setPhoneNumberId("444");
        graph.stubFor(post(urlPathEqualTo("/v21.0/444/deregister")).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\":true}")));
        graph.stubFor(post(urlPathEqualTo("/v22.0/555/deregister")).willReturn(aResponse().withStatus(200)
                .withBody("{\"success\":true}")));

        Exchange fromComponent = send("whatsapp-admin:deregister");
        Exchange overridden = send("whatsapp-admin:deregister?apiVersion=v22.0&phoneNumberId=555&userAgent=ops-bot/2");

        assertThat(fromComponent.getException()).isNull();
        assertThat(overridden.getException()).isNull();
        assertThat(requestsReceived()).extracting(LoggedRequest::getUrl)
                .containsExactlyInAnyOrder("/v21.0/444/deregister", "/v22.0/555/deregister");
        assertThat(requestsReceived()).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        assertThat(requestsReceived()).extracting(r -> r.getHeader("User-Agent"))
                .contains("ops-bot/2");
        // the endpoint worked on a copy: the component keeps its own value
        assertThat(component.getConfiguration().getApiVersion()).isEqualTo("v21.0");
    }

    @Test
    void baseUrlWithTrailingSlashIsJoinedOnce() {
        graph.stubFor(post(urlPathEqualTo("/v23.0/" + PHONE_NUMBER_ID + "/deregister"))
                .willReturn(aResponse().withStatus(200).withBody("{\"success\":true}")));

        Exchange result = send("whatsapp-admin:deregister?baseUrl=" + graph.baseUrl() + "/&accessToken=RAW("
                               + TOKEN + ")&phoneNumberId=" + PHONE_NUMBER_ID);

        assertThat(result.getException()).isNull();
    }

    @Test
    void endpointsWithTheSameClientSettingsShareOneHttpClient() {
        answer(200, "{\"success\":true}");
        send(uri(""));
        send(uri("&apiVersion=v22.0"));
        send(uri("&connectTimeout=5s"));

        WhatsAppAdminComponent component = context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class);
        assertThat(component.getClientPool().size()).isEqualTo(2);
    }
}
