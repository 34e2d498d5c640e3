package org.glassbox.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API tests: bearer token or cookie + CSRF, JSON or multipart bodies. */
final class Http {
    final String base;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String bearer;
    String cookie;
    String csrf;

    Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Http token(String t) {
        Http h = new Http(base);
        h.bearer = t;
        return h;
    }

    record Res(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    Res send(String method, String path, String contentType, byte[] body, Map<String, String> extra) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        extra.forEach(b::header);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> h = new LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), String.join(", ", v)));
        return new Res(r.statusCode(), h, r.body());
    }

    Res get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null, Map.of());
    }

    Res json(String method, String path, String json) throws IOException, InterruptedException {
        return send(method, path, "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Res json(String method, String path, String json, long ifMatch) throws IOException, InterruptedException {
        return send(method, path, json == null ? null : "application/json", json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                Map.of("If-Match", String.valueOf(ifMatch)));
    }

    Res upload(String path, String fileName, byte[] data) throws IOException, InterruptedException {
        return upload(path, fileName, data, Map.of());
    }

    /** A multipart upload: field {@code file} and text fields. */
    Res upload(String path, String fileName, byte[] data, Map<String, String> fields) throws IOException, InterruptedException {
        String boundary = "----glassbox" + System.nanoTime();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        b.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(data);
        b.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, "multipart/form-data; boundary=" + boundary, b.toByteArray(), Map.of());
    }

    /** Logs in with the password: keeps the cookie and the CSRF token. */
    Http login(String user, String password) throws IOException, InterruptedException {
        Http h = new Http(base);
        Res r = h.json("POST", "/api/session", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (r.status() != 200) {
            throw new IllegalStateException("login failed: " + r.status() + " " + r.text());
        }
        String sc = r.header("set-cookie");
        h.cookie = sc.substring(0, sc.indexOf(';'));
        h.csrf = Api.JSON.readTree(r.body()).get("csrf").asText();
        h.setCookieHeader = sc;
        return h;
    }

    String setCookieHeader;
}
