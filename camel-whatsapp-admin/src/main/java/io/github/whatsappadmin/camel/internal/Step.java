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

/** What an operation made of a 2xx JSON answer. */
public sealed interface Step {

    /** The call succeeded: {@code body} becomes the out body. */
    record Done(Object body) implements Step {
    }

    /** The call goes on with another request (the next page). */
    record Next(CallRequest request) implements Step {
    }

    /**
     * The answer is not the operation's success: a plain, not retryable failure.
     *
     * @param expected what was expected, for the message, such as {@code {"success": true}}
     */
    record Unexpected(String expected) implements Step {
    }
}
