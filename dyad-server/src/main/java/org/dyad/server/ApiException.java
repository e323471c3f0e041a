package org.dyad.server;

/**
 * An error the API answers as {@code {"code": ..., "message": ...}} with its HTTP status: 400 for
 * a bad parameter, 401 without the token, 404 for an unknown id.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badParameter(String message) {
        return new ApiException(400, "bad_parameter", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
