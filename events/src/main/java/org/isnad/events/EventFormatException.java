package org.isnad.events;

/** A message that is not a well-formed Isnad event: a consumer dead-letters it rather than retrying. */
public class EventFormatException extends RuntimeException {
    public EventFormatException(String message) {
        super(message);
    }

    public EventFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
