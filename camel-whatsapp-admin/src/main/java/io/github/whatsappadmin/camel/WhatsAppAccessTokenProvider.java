package io.github.whatsappadmin.camel;

/**
 * Supplies the Graph access token at each send, so that a redelivery after a token refresh uses the new token, and so
 * that one route can act for many business accounts, each with its own token. Bind an implementation in the registry
 * and refer to it as {@code accessTokenProvider=#name}.
 */
@FunctionalInterface
public interface WhatsAppAccessTokenProvider {

    /**
     * @param  phoneNumberId the phone number the call is for, or for listPhoneNumbers the business account (already
     *                       validated: digits only)
     * @return               the token to send as {@code Authorization: Bearer <token>}; never blank
     * @throws Exception     when no token can be had; the call then fails with {@code WhatsAppInvalidInputException}
     *                       and nothing is sent
     */
    String getAccessToken(String phoneNumberId) throws Exception;
}
