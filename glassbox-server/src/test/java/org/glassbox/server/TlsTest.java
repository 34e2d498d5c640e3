package org.glassbox.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.glassbox.store.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from a PEM certificate and key, Secure cookies under it, and no plain HTTP beyond loopback unless asked. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void beyondLoopbackPlainHttpIsRefusedUnlessAskedFor() {
        try (Workspace ws = Workspace.embedded(dir.resolve("ws"))) {
            assertThat(WorkspaceServer.isLoopback("127.0.0.1")).isTrue();
            assertThat(WorkspaceServer.isLoopback("0.0.0.0")).isFalse();
            assertThatThrownBy(() -> WorkspaceServer.start(ws, new WorkspaceServer.Options("0.0.0.0", 0, 1 << 20, null, null, false, "t")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("insecureHttp");
        }
    }

    @Test
    void servesHttpsWithSecureCookies() throws Exception {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Process p;
        try {
            p = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key.toString(),
                    "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("openssl is not installed: the HTTPS test needs it to make a certificate");
            return;
        }
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(Files.exists(key), "openssl made no key");
        try (Workspace ws = Workspace.embedded(dir.resolve("ws"))) {
            ws.accounts().add("u", "a long password".toCharArray(), false);
            try (WorkspaceServer s = WorkspaceServer.start(ws, new WorkspaceServer.Options("127.0.0.1", 0, 1 << 20, cert, key, false, "t"))) {
                assertThat(s.url()).startsWith("https://");
                SSLContext trustAll = SSLContext.getInstance("TLS");
                trustAll.init(null, new TrustManager[] {new X509TrustManager() {
                    @Override
                    public void checkClientTrusted(X509Certificate[] c, String a) {
                    }

                    @Override
                    public void checkServerTrusted(X509Certificate[] c, String a) {
                    }

                    @Override
                    public X509Certificate[] getAcceptedIssuers() {
                        return new X509Certificate[0];
                    }
                }}, null);
                HttpClient http = HttpClient.newBuilder().sslContext(trustAll).build();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(s.url() + "api/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"u\",\"password\":\"a long password\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("set-cookie").orElse("")).contains("Secure").contains("HttpOnly");
            }
        }
    }
}
