package org.glassbox.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol with nothing but the JDK's
 * {@code java.net.http} WebSocket: it opens a page, records every network request and every
 * console error or uncaught exception, evaluates script, and saves screenshots.
 *
 * <p>The browser runs with a fresh temporary profile, without sandbox, GPU, QUIC, background
 * networking, component updates or sync, and is started on {@code about:blank} so that the
 * recording is on before the page under test loads. {@link #close()} ends the browser (and only
 * the processes it started) and deletes the profile.
 *
 * <pre>{@code
 * try (HeadlessChromium b = HeadlessChromium.start(HeadlessChromium.DEFAULT_BINARY)) {
 *     b.open(Path.of("report.html"), "window.__glassbox && window.__glassbox.ready", Duration.ofSeconds(30));
 *     b.screenshot(Path.of("target/report.png"), 1400, 4000);
 *     List<String> errors = b.consoleErrors();
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Debian's chromium. */
    public static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Whether Debian's chromium is installed here. */
    public static boolean available() {
        return Files.isExecutable(DEFAULT_BINARY);
    }

    /**
     * Starts the browser and connects to its page.
     *
     * @throws IOException when it cannot be started or does not open its DevTools port in time
     */
    public static HeadlessChromium start(Path binary) throws IOException {
        Path profile = Files.createTempDirectory("glassbox-chromium");
        List<String> cmd = List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--hide-scrollbars", "--mute-audio", "--window-size=1400,1000",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            List<String> lines = List.of();
            while (System.nanoTime() < deadline) {
                if (!p.isAlive()) {
                    throw new IOException("chromium exited with " + p.exitValue() + ": " + log(profile));
                }
                if (Files.exists(portFile)) {
                    lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
                    if (lines.size() >= 2) {
                        break;
                    }
                }
                Thread.sleep(50);
            }
            if (lines.size() < 2) {
                throw new IOException("chromium did not open its DevTools port within 30 s: " + log(profile));
            }
            int port = Integer.parseInt(lines.get(0).strip());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            String pageSocket = null;
            while (pageSocket == null && System.nanoTime() < deadline) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                for (JsonNode t : JSON.readTree(r.body())) {
                    if ("page".equals(t.path("type").asText())) {
                        pageSocket = t.path("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
                if (pageSocket == null) {
                    Thread.sleep(50);
                }
            }
            if (pageSocket == null) {
                throw new IOException("chromium shows no page target");
            }
            Holder holder = new Holder();
            WebSocket ws = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(URI.create(pageSocket), holder).get(20, TimeUnit.SECONDS);
            HeadlessChromium b = new HeadlessChromium(p, profile, ws);
            holder.owner = b;
            b.call("Runtime.enable", null);
            b.call("Log.enable", null);
            b.call("Network.enable", null);
            b.call("Page.enable", null);
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(p, profile);
            throw new IOException("interrupted while starting chromium", e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            kill(p, profile);
            throw new IOException("cannot connect to chromium: " + e, e);
        } catch (IOException e) {
            kill(p, profile);
            throw e;
        }
    }

    private static String log(Path profile) {
        try {
            String s = Files.readString(profile.resolve("chromium.log"));
            return s.length() > 2000 ? s.substring(s.length() - 2000) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /**
     * Opens {@code file} and waits for its load event, then until {@code readyExpression}
     * evaluates to true (null: no wait).
     *
     * @throws IOException when the page does not load or get ready within {@code timeout}
     */
    public void open(Path file, String readyExpression, Duration timeout) throws IOException {
        open(file.toAbsolutePath().toUri(), readyExpression, timeout);
    }

    /**
     * Opens {@code url} (a file or a page of a local server) and waits for its load event, then until
     * {@code readyExpression} evaluates to true (null: no wait).
     *
     * @throws IOException when the page does not load or get ready within {@code timeout}
     */
    public void open(URI url, String readyExpression, Duration timeout) throws IOException {
        loaded = new CompletableFuture<>();
        call("Page.navigate", Map.of("url", url.toString()));
        try {
            loaded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("page " + url + " did not load within " + timeout, e);
        }
        if (readyExpression == null) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode v = evaluate("Boolean(" + readyExpression + ")");
            if (v.asBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        throw new IOException("page " + url + " not ready (" + readyExpression + ") within " + timeout
                + "; console errors: " + consoleErrors());
    }

    /**
     * The value of a script expression (JSON-serialisable; promises are awaited).
     *
     * @throws IOException when the expression throws
     */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.path("exceptionDetails").toString());
        }
        return r.path("result").path("value");
    }

    /** Types {@code text} into the focused element, as an input method commits it (any script, Chinese too). */
    public void type(String text) throws IOException {
        call("Input.insertText", Map.of("text", text));
    }

    /**
     * Presses and releases one key as the keyboard sends it: {@code Enter}, {@code Tab}, {@code Escape},
     * {@code ArrowUp/Down/Left/Right}, {@code Backspace}; with {@code shift} held when asked.
     */
    public void press(String key, boolean shift) throws IOException {
        int code = switch (key) {
            case "Enter" -> 13;
            case "Tab" -> 9;
            case "Escape" -> 27;
            case "Backspace" -> 8;
            case "ArrowLeft" -> 37;
            case "ArrowUp" -> 38;
            case "ArrowRight" -> 39;
            case "ArrowDown" -> 40;
            default -> throw new IllegalArgumentException("key: Enter, Tab, Escape, Backspace or an arrow, not " + key);
        };
        int modifiers = shift ? 8 : 0;
        Map<String, Object> down = new java.util.HashMap<>(Map.of("type", "rawKeyDown", "key", key, "code", key,
                "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code, "modifiers", modifiers));
        if (key.equals("Enter")) {
            down.put("text", "\r");
        }
        call("Input.dispatchKeyEvent", down);
        if (key.equals("Enter")) {
            call("Input.dispatchKeyEvent", Map.of("type", "char", "key", key, "text", "\r", "modifiers", modifiers));
        }
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key,
                "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code, "modifiers", modifiers));
    }

    /** Clicks the middle of the first element matching the CSS {@code selector}, as the mouse does. */
    public void click(String selector) throws IOException {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + JSON.valueToTree(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box == null || box.isNull() || box.isMissingNode()) {
            throw new IOException("no element matches " + selector);
        }
        double x = box.path("x").asDouble();
        double y = box.path("y").asDouble();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
        }
    }

    /** Puts {@code files} into the file input matching the CSS {@code selector}, as choosing them in the file dialog does. */
    public void chooseFiles(String selector, Path... files) throws IOException {
        int root = call("DOM.getDocument", Map.of("depth", 0)).path("root").path("nodeId").asInt();
        int node = call("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).path("nodeId").asInt();
        if (node == 0) {
            throw new IOException("no element matches " + selector);
        }
        List<String> paths = new ArrayList<>();
        for (Path f : files) {
            paths.add(f.toAbsolutePath().toString());
        }
        call("DOM.setFileInputFiles", Map.of("nodeId", node, "files", paths));
        evaluate("document.querySelector(" + JSON.valueToTree(selector) + ").dispatchEvent(new Event('change', {bubbles: true}))");
    }

    /**
     * Saves a PNG of the page at {@code width} CSS pixels, as tall as the page but at most
     * {@code maxHeight} (the top of the page when cut).
     */
    public void screenshot(Path png, int width, int maxHeight) throws IOException {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", false));
        int height = Math.min(maxHeight, Math.max(200, evaluate("document.documentElement.scrollHeight").asInt(900)));
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                "mobile", false));
        evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
    }

    /**
     * Saves a PNG of the page region [{@code top}, {@code top + height}) at {@code width} CSS pixels,
     * laid out at that width (to look at one part of a long page).
     */
    public void screenshot(Path png, int width, int top, int height) throws IOException {
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", false));
        evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
        JsonNode r = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", top, "width", width, "height", height, "scale", 1)));
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(png, Base64.getDecoder().decode(r.path("data").asText()));
    }

    /** Console errors, assertion failures, uncaught exceptions and error log entries (CSP, failed loads) so far. */
    public List<String> consoleErrors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /** URL of every request the page made so far (including the page itself). */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private JsonNode call(String method, Map<String, Object> params) throws IOException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        if (params != null) {
            msg.set("params", JSON.valueToTree(params));
        }
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        try {
            socket.sendText(JSON.writeValueAsString(msg), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            JsonNode r = f.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    private void onMessage(String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e.getMessage());
            return;
        }
        if (m.has("id")) {
            CompletableFuture<JsonNode> f = pending.get(m.get("id").asInt());
            if (f != null) {
                f.complete(m);
            }
            return;
        }
        JsonNode p = m.path("params");
        switch (m.path("method").asText()) {
            case "Page.loadEventFired" -> loaded.complete(null);
            case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
            case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails").path("exception")
                    .path("description").asText(p.path("exceptionDetails").path("text").asText()));
            case "Runtime.consoleAPICalled" -> {
                String type = p.path("type").asText();
                if (type.equals("error") || type.equals("assert")) {
                    StringBuilder sb = new StringBuilder("console." + type + ":");
                    p.path("args").forEach(a -> sb.append(' ').append(a.path("value").asText(a.path("description").asText())));
                    errors.add(sb.toString());
                }
            }
            case "Log.entryAdded" -> {
                JsonNode e = p.path("entry");
                if (e.path("level").asText().equals("error")) {
                    errors.add("log: " + e.path("text").asText() + " " + e.path("url").asText());
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void close() {
        try {
            socket.sendText("{\"id\":" + ids.incrementAndGet() + ",\"method\":\"Browser.close\"}", true)
                    .get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // the process is ended below either way
        }
        socket.abort();
        kill(process, profile);
    }

    private static void kill(Process p, Path profile) {
        try {
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        try (Stream<Path> s = Files.walk(profile)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }

    /** Receives DevTools messages, which may arrive in parts. */
    private static final class Holder implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private final List<String> early = new ArrayList<>();
        private volatile HeadlessChromium owner;

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                HeadlessChromium b = owner;
                if (b == null) {
                    early.add(text);
                } else {
                    early.forEach(b::onMessage);
                    early.clear();
                    b.onMessage(text);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
