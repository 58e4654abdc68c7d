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
package io.github.whatsappadmin.examples.springboot;

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.DemoSeed;
import io.github.whatsappadmin.simulator.GraphApiSimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local Graph simulator with its demo numbers, and the phone that reads its verification codes, so that the
 * example runs without credentials or network.
 * application.properties points {@code camel.component.whatsapp-admin.base-url} at it; the {@code graph} profile turns
 * it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "offboarding.simulator.enabled", havingValue = "true")
public class DemoGraphConfiguration {

    @Bean(destroyMethod = "stop")
    public GraphApiSimulator graphApiSimulator(@Value("${offboarding.simulator.port}") int port) {
        return DemoSeed.apply(GraphApiSimulator.create(port).start());
    }

    /** The demo's phone: the code the simulator issued, as the SMS or call would have carried it. */
    @Bean
    public VerificationCodes simulatedPhone(GraphApiSimulator graph) {
        return phoneNumberId -> VerifyCodeRequest.of(graph.lastVerificationCode(phoneNumberId)
                .orElseThrow(() -> new IllegalStateException("No verification code was sent to " + phoneNumberId)));
    }
}
