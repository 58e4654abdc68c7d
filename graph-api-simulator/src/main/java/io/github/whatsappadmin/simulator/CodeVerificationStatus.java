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
 * Whether the number's ownership was proved with a code ({@code request_code}, then {@code verify_code}), as Graph
 * reports it in {@code code_verification_status}. Register needs {@link #VERIFIED}.
 */
public enum CodeVerificationStatus {
    VERIFIED,
    /** A new number, or one whose code was never verified. */
    NOT_VERIFIED,
    /** Verified once, but the verification has lapsed: verify again before registering. */
    EXPIRED
}
