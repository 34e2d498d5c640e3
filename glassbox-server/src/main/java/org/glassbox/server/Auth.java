package org.glassbox.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.glassbox.store.Accounts;
import org.glassbox.store.Role;
import org.glassbox.store.Session;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/**
 * Who is asking and what they may do: a session cookie (then every state-changing request must
 * carry the session's {@code X-CSRF-Token}) or {@code Authorization: Bearer TOKEN}; a project's
 * role decides the rest, and a non-member is told the project does not exist (404).
 */
final class Auth {
    static final String COOKIE = "glassbox_session";
    static final String USER = "glassbox.user";
    private final Workspace ws;

    Auth(Workspace ws) {
        this.ws = ws;
    }

    /** Resolves the caller (or none) and checks CSRF; runs before every /api request. */
    void before(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            User u = ws.accounts().tokenUser(auth.substring(7).strip());
            if (u == null) {
                throw new ApiException(401, "bad-token", "the API token is not valid");
            }
            ctx.attribute(USER, u);
            return;
        }
        String cookie = ctx.cookie(COOKIE);
        if (cookie == null) {
            return;
        }
        Session s = ws.accounts().session(cookie);
        if (s == null) {
            return;
        }
        HandlerType m = ctx.method();
        boolean changes = m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.DELETE || m == HandlerType.PATCH;
        boolean login = m == HandlerType.POST && ctx.path().equals("/api/session");
        if (changes && !login) {
            String token = ctx.header("X-CSRF-Token");
            if (token == null || !java.security.MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    s.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw ApiException.forbidden("a state-changing request with the session cookie must carry the session's X-CSRF-Token header");
            }
        }
        ctx.attribute(USER, s.user());
        ctx.attribute("glassbox.csrf", s.csrf());
    }

    /** The caller, or 401. */
    static User user(Context ctx) {
        User u = ctx.attribute(USER);
        if (u == null) {
            throw ApiException.unauthenticated();
        }
        return u;
    }

    /** The caller when their role in project {@code p} includes {@code needed}: 401, 404 (not a member or no project), 403. */
    User need(Context ctx, String p, Role needed) {
        User u = user(ctx);
        if (u.admin()) {
            if (!ws.projects().exists(p)) {
                throw ApiException.notFound("no project '" + p + "'");
            }
            return u;
        }
        Role r = ws.projects().role(p, u.name());
        if (r == null) {
            throw ApiException.notFound("no project '" + p + "'");
        }
        if (!r.includes(needed)) {
            throw ApiException.forbidden("your role in project '" + p + "' is " + r.word() + "; this needs " + needed.word());
        }
        return u;
    }

    Accounts accounts() {
        return ws.accounts();
    }
}
