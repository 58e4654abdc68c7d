package io.github.whatsappadmin.examples.offboarding;

/** The input or the options are unusable: reported to the user before anything is sent. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }
}
