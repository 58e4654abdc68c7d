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

import java.time.Instant;

/**
 * One request on its way through the simulated API, once routing, token and object checks have passed: what an
 * {@link PhoneNumberOperation} needs to decide.
 *
 * @param number  the phone number addressed, or null when the call addresses a business account
 * @param account the business account addressed, or the number's
 * @param baseUrl the simulator's own base URL, for absolute links in answers
 */
record Call(SimulatedRequest request, GraphPath path, RequestBody parameters, SimulatedPhoneNumber number,
            String account, GraphState state, Instant now, String baseUrl) {
}
