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

/** How an unknown phone number ID is answered; Meta's own sources disagree, so clients must handle both. */
public enum NotFoundStyle {
    /**
     * What Graph sends today: 400, type GraphMethodException, code 100, subcode 33, "Unsupported post request. Object
     * with ID '...' does not exist, cannot be loaded due to missing permissions, or does not support this
     * operation...".
     */
    GRAPH,
    /**
     * What the OpenAPI description shows: 404, code 803 "(#803) Some of the aliases you requested do not exist: ...".
     */
    OPENAPI
}
