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
package io.github.whatsappadmin.camel.internal;

/**
 * Sends one request and reports its end. Implementations never block the caller for the call's duration, never
 * throw, and call exactly one method of the callback exactly once, within the given timeout (the whole call: pool
 * wait, connect, request, headers and body), also when the component stops with the call in flight.
 */
public interface GraphTransport {

    void send(GraphRequest request, long timeoutMillis, Callback callback);

    /** The end of one call: exactly one of these is called, once, on any thread. */
    interface Callback {

        void completed(GraphResponse response);

        void failed(TransportFailure failure);
    }
}
