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
 * Where a simulated phone number stands in the Cloud API lifecycle. The rest of its state (code verification,
 * platform, two-step PIN, the fields reads return) is set with {@link GraphApiSimulator#phoneNumberSetup}; reads show
 * this state as Graph's {@code status}: CONNECTED (registered, SMB), DISCONNECTED (deregistered and verified), PENDING
 * (deregistered, not verified), UNLINKED (not linked).
 */
public enum PhoneNumberState {
    /** Registered on the WhatsApp Business Platform (on the Cloud API unless set otherwise): deregister succeeds. */
    REGISTERED,
    /** Linked but not registered: deregister answers 133010, register succeeds once the number is verified. */
    DEREGISTERED,
    /** Not (or no longer) linked in the Facebook-hosted system: code 100 "not currently linked". */
    NOT_LINKED,
    /** Belongs to a WhatsApp Business app (SMB) account: code 100 "not available for ... SMB businesses". */
    SMB_APP
}
