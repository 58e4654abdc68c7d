package io.github.whatsappadmin.simulator;

/** What the simulated Graph API makes of an access token. */
public enum TokenState {
    /** Accepted (for all accounts, or for the accounts it was scoped to). */
    VALID,
    /** 401, code 190, subcode 463 "Session has expired". */
    EXPIRED,
    /** 401, code 190, subcode 460: the session was invalidated (password change, security reset). */
    REVOKED,
    /** 403, code 200 "(#200) Permissions error": a valid token without whatsapp_business_management. */
    LACKING_PERMISSION
}
