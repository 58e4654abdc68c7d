package io.github.whatsappadmin.simulator;

/**
 * Where a simulated phone number stands in the Cloud API lifecycle. Later operations (request_code, verify_code, ...)
 * add states here; existing ones keep their meaning.
 */
public enum PhoneNumberState {
    /** Registered on the WhatsApp Business Platform: deregister succeeds. */
    REGISTERED,
    /** Linked but not registered: deregister answers 133010, register succeeds. */
    DEREGISTERED,
    /** Not (or no longer) linked in the Facebook-hosted system: code 100 "not currently linked". */
    NOT_LINKED,
    /** Belongs to a WhatsApp Business app (SMB) account: code 100 "not available for ... SMB businesses". */
    SMB_APP
}
