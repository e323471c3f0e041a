package org.dyad.server;

/** The server could not start or serve; the message says what to change. */
public final class ServerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
