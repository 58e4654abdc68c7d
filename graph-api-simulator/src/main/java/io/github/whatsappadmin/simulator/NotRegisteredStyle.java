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
 * How deregistering a number that is not registered is answered; Meta's sources disagree, so clients must handle
 * both.
 */
public enum NotRegisteredStyle {
    /** What Graph sends (the deregister reference): 400, code 133010 "(#133010) Account not registered". */
    GRAPH,
    /**
     * What the OpenAPI description shows: 400, code 100, subcode 2207051 "Phone number not registered on the WhatsApp
     * Business Platform.".
     */
    OPENAPI
}
