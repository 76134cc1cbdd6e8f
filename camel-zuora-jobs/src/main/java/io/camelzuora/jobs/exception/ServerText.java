package io.camelzuora.jobs.exception;

/**
 * Text that came from the server, made fit for an exception message: control characters (a forged log line, a terminal
 * escape) become spaces, runs of whitespace one space, and it is cut at {@value #MAX_LENGTH} characters.
 */
final class ServerText {

    static final int MAX_LENGTH = 200;

    private ServerText() {
    }

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        String flat = value.toString().replaceAll("[\\p{Cntrl}\\s]+", " ").trim();
        return flat.length() > MAX_LENGTH ? flat.substring(0, MAX_LENGTH) + "... (cut)" : flat;
    }
}
