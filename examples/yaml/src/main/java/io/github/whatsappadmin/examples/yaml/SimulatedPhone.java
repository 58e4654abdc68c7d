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
package io.github.whatsappadmin.examples.yaml;

import io.github.whatsappadmin.camel.model.VerifyCodeRequest;
import io.github.whatsappadmin.simulator.GraphApiSimulator;

/** The demo's phone: the code the simulator issued, as the SMS or call would have carried it. */
final class SimulatedPhone implements VerificationCodes {

    private final GraphApiSimulator simulator;

    SimulatedPhone(GraphApiSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public VerifyCodeRequest received(String phoneNumberId) {
        return VerifyCodeRequest.of(simulator.lastVerificationCode(phoneNumberId)
                .orElseThrow(() -> new IllegalStateException("No verification code was sent to " + phoneNumberId)));
    }
}
