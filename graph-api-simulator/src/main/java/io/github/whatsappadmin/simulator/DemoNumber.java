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

/**
 * A phone number of the demo seed.
 *
 * @param id       the phone number ID to deregister
 * @param label    what a person would call it
 * @param account  its WhatsApp Business Account, or null for the ID the simulator does not know
 * @param expected what deregistering it with {@link DemoSeed#TOKEN} does
 */
public record DemoNumber(String id, String label, String account, DemoOutcome expected) {
}
