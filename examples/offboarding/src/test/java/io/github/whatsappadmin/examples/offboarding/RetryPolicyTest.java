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

import java.time.Duration;
import java.util.Optional;

import io.github.whatsappadmin.camel.error.WhatsAppAdminException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(60), line -> {
    });

    @Test
    void backoffDoublesFromTheBaseDelayUpToMaxWait() {
        assertThat(policy.delayBefore(1, Optional.empty())).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBefore(2, Optional.empty())).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.delayBefore(3, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(policy.delayBefore(10, Optional.empty())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aLongerWaitAskedByGraphWinsOverTheBackoff() {
        assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(45)))).isEqualTo(Duration.ofSeconds(45));
        assertThat(policy.delayBefore(3, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void onlyRetryableFailuresWithAnAcceptableWaitAreRetried() {
        assertThat(policy.shouldRetry(failed(true, null))).isTrue();
        assertThat(policy.shouldRetry(failed(true, Duration.ofSeconds(60)))).isTrue();
        assertThat(policy.shouldRetry(failed(true, Duration.ofMinutes(5)))).isFalse();
        // 133016: not retryable, whatever the wait
        assertThat(policy.shouldRetry(failed(false, Duration.ofHours(72)))).isFalse();
        assertThat(policy.shouldRetry(failed(false, null))).isFalse();
    }

    @Test
    void theRedeliveryDelayHeaderCarriesTheWait() {
        Exchange exchange = failed(true, Duration.ofSeconds(10));
        exchange.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, 1);

        policy.beforeRedelivery(exchange);

        assertThat(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY)).isEqualTo(10_000L);
    }

    private static Exchange failed(boolean retryable, Duration retryAfter) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setException(new WhatsAppAdminException("failed", "deregister", "1001", retryable, retryAfter, null));
        return exchange;
    }
}
