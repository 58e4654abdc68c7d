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
 * What a deregister of a {@link DemoNumber} with {@link DemoSeed#TOKEN} answers first (with the default switches),
 * and whether retrying eventually deregisters it.
 */
public enum DemoOutcome {
    DEREGISTERED(200, 0, false, "deregistered: 200 {\"success\":true}"),
    NOT_REGISTERED(400, 133010, false, "already deregistered: 400 code 133010"),
    SMB_APP(400, 100, false, "WhatsApp Business app (SMB) number: 400 code 100"),
    BUDGET_EXHAUSTED(400, 133016, false, "register/deregister budget used up: 400 code 133016, blocked 72 h"),
    TRANSIENT_THEN_DEREGISTERED(500, 2, true, "two 500s code 2 (is_transient), then deregistered"),
    INCOMPLETE_THEN_DEREGISTERED(500, 133000, true, "one 500 code 133000 (incomplete), then deregistered"),
    NOT_LINKED(400, 100, false, "not linked in the Facebook-hosted system: 400 code 100"),
    NOT_FOUND(400, 100, false, "unknown ID: 400 code 100 subcode 33"),
    PERMISSION_DENIED(403, 200, false, "in a business the token cannot access: 403 code 200"),
    CANNOT_DEREGISTER(422, 100, false, "registered on On-Premises: 422 code 100, not in a state to deregister");

    private final int firstHttpStatus;
    private final int firstGraphCode;
    private final boolean deregisteredOnRetry;
    private final String description;

    DemoOutcome(int firstHttpStatus, int firstGraphCode, boolean deregisteredOnRetry, String description) {
        this.firstHttpStatus = firstHttpStatus;
        this.firstGraphCode = firstGraphCode;
        this.deregisteredOnRetry = deregisteredOnRetry;
        this.description = description;
    }

    /** The HTTP status of the first deregister call. */
    public int firstHttpStatus() {
        return firstHttpStatus;
    }

    /** The Graph error code of the first call; 0 for success. */
    public int firstGraphCode() {
        return firstGraphCode;
    }

    /** Whether calling again (as a retrying client would) ends in a successful deregistration. */
    public boolean deregisteredOnRetry() {
        return deregisteredOnRetry;
    }

    public String description() {
        return description;
    }
}
