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
package io.github.whatsappadmin.camel.benchmarks;

import java.util.concurrent.CompletableFuture;

import io.github.whatsappadmin.camel.model.DeregisterResponse;

/** One way of deregistering a phone number against the stub: the component, a camel-http route, or a raw client. */
interface Contender extends AutoCloseable {

    String TOKEN = "EAAGbenchmarkToken0123456789abcdefABCDEF";
    String PHONE_NUMBER_ID = "106540352242922";
    String API_VERSION = "v23.0";
    String USER_AGENT = "camel-whatsapp-admin-benchmarks/0.1.0";

    String name();

    /** One call, waiting on the calling thread for its answer. */
    DeregisterResponse call() throws Exception;

    /** Whether {@link #callAsync()} sends without holding a thread while the call is in flight. */
    boolean isAsync();

    /** One call whose answer arrives later, on a thread of the client's own. */
    CompletableFuture<DeregisterResponse> callAsync();

    @Override
    void close() throws Exception;
}
