package io.github.whatsappadmin.examples.offboarding;

/**
 * One line of the input file.
 *
 * @param line          its line number in the file, for messages
 * @param phoneNumberId the phone number ID to deregister (digits)
 * @param label         what people call the number, or ""
 * @param account       the WhatsApp Business Account it belongs to, or "": chooses the access token
 */
public record NumberRow(int line, String phoneNumberId, String label, String account) {
}
