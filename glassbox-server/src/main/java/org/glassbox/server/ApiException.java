package org.glassbox.server;

/** An HTTP-level refusal with its status and a short machine-readable code (the body's error.code). */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;
    final String code;

    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad-request", message);
    }

    static ApiException unauthenticated() {
        return new ApiException(401, "not-logged-in", "log in first (POST /api/session) or send Authorization: Bearer TOKEN");
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }
}
