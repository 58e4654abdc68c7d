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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.whatsappadmin.camel.error.WhatsAppInvalidInputException;
import io.github.whatsappadmin.camel.model.DeregisterResponse;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code maxConnectionsPerHost}: the pool's cap per host, calls beyond it waiting for a free connection. */
class MaxConnectionsPerHostTest extends CamelTestSupport {

    /** A guard against a hang, not a performance figure. */
    private static final long HANG_GUARD_SECONDS = 10;
    private static final String TOKEN = "EAAGpoolTestToken0123456789";

    @Test
    void callsBeyondTheCapWaitForAPooledConnectionAndAllComplete() throws Exception {
        // the server answers once both capped connections carry a call: the other calls are waiting in the pool
        CountDownLatch bothBusy = new CountDownLatch(2);
        try (RawHttpServer graph = RawHttpServer.answering(head -> {
            bothBusy.countDown();
            try {
                bothBusy.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RawHttpServer.json(200, "OK", "{\"success\":true}");
        })) {
            template.setThreadedAsyncMode(false);
            List<CompletableFuture<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(template.asyncSend("whatsapp-admin:deregister?maxConnectionsPerHost=2&baseUrl="
                                             + graph.baseUrl() + "&accessToken=" + TOKEN + "&phoneNumberId=" + (100 + i),
                        e -> {}));
            }

            for (CompletableFuture<Exchange> call : calls) {
                Exchange done = call.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                assertThat(done.getException()).isNull();
                assertThat(done.getMessage().getBody()).isInstanceOf(DeregisterResponse.class);
            }
            assertThat(graph.heads()).hasSize(10);
            assertThat(graph.connectionsAccepted()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void capOutsideOneToTenThousandIsRefusedNamingTheFieldAndValue(int value) {
        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister?maxConnectionsPerHost=" + value))
                .isInstanceOf(ResolveEndpointFailedException.class).rootCause()
                .isInstanceOfSatisfying(WhatsAppInvalidInputException.class, e -> {
                    assertThat(e.getField()).isEqualTo("maxConnectionsPerHost");
                    assertThat(e.getMessage()).contains("maxConnectionsPerHost " + value, "between 1 and 10000");
                });
    }

    @Test
    void capSetOnTheComponentIsCheckedToo() {
        context.getComponent("whatsapp-admin", WhatsAppAdminComponent.class).getConfiguration()
                .setMaxConnectionsPerHost(20_000);

        assertThatThrownBy(() -> context.getEndpoint("whatsapp-admin:deregister"))
                .rootCause().isInstanceOf(WhatsAppInvalidInputException.class)
                .hasMessageContaining("maxConnectionsPerHost 20000");
    }
}
