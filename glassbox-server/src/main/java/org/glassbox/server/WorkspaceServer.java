package org.glassbox.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.glassbox.server.search.DocumentIndex;
import org.glassbox.server.search.SearchIndexException;
import org.glassbox.store.ConflictException;
import org.glassbox.store.InvalidCaseException;
import org.glassbox.store.NotFoundException;
import org.glassbox.store.StoreException;
import org.glassbox.store.StoreUnavailableException;
import org.glassbox.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's HTTP server (workspace.md): every route is wired here as explicit code to a plain
 * handler method of {@link Api}, and every typed exception is mapped to its status here, in one place.
 */
public final class WorkspaceServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceServer.class);

    /**
     * How to serve.
     *
     * @param host         the address to bind (loopback unless said otherwise)
     * @param port         the port (0: any free one)
     * @param maxUpload    the largest upload in bytes
     * @param tlsCert      PEM certificate chain for HTTPS, or null
     * @param tlsKey       PEM PKCS#8 private key for HTTPS, or null
     * @param insecureHttp serve plain HTTP on a non-loopback address all the same
     * @param version      the Glassbox version recorded in analyses (as the CLI records it)
     * @param searchIndex  the folder of the full-text search index, or null to keep it in memory
     *                     (then it is rebuilt from the store at every start)
     */
    public record Options(String host, int port, long maxUpload, Path tlsCert, Path tlsKey, boolean insecureHttp,
                          String version, Path searchIndex) {
        public Options {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host: an address to bind");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port: 0-65535, not " + port);
            }
            if (maxUpload < 1) {
                throw new IllegalArgumentException("maxUpload: at least one byte, not " + maxUpload);
            }
            if ((tlsCert == null) != (tlsKey == null)) {
                throw new IllegalArgumentException("tlsCert and tlsKey: give both or neither");
            }
        }

        /** Without a search index folder: the index is kept in memory. */
        public Options(String host, int port, long maxUpload, Path tlsCert, Path tlsKey, boolean insecureHttp, String version) {
            this(host, port, maxUpload, tlsCert, tlsKey, insecureHttp, version, null);
        }

        /** The same, with the search index in {@code folder} (null: in memory). */
        public Options withSearchIndex(Path folder) {
            return new Options(host, port, maxUpload, tlsCert, tlsKey, insecureHttp, version, folder);
        }

        public static Options local(int port, String version) {
            return new Options("127.0.0.1", port, 256L << 20, null, null, false, version);
        }

        boolean tls() {
            return tlsCert != null;
        }
    }

    /**
     * The web UI's Content-Security-Policy: everything from this server only (no other host, no inline
     * script or style, no plugins); the report is framed from the same origin.
     */
    static final String UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final Javalin app;
    private final Options options;
    private final DocumentIndex index;

    private WorkspaceServer(Javalin app, Options options, DocumentIndex index) {
        this.app = app;
        this.options = options;
        this.index = index;
    }

    /** Whether {@code host} names only this machine. */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Starts serving {@code ws}. Refuses (IllegalArgumentException naming the parameter) a
     * non-loopback host without TLS unless {@code insecureHttp}.
     */
    public static WorkspaceServer start(Workspace ws, Options o) throws Exception {
        if (!isLoopback(o.host()) && !o.tls() && !o.insecureHttp()) {
            throw new IllegalArgumentException("host: " + o.host() + " is reachable from other machines; serve HTTPS"
                    + " (tlsCert and tlsKey) or say insecureHttp");
        }
        KeyStore ks = o.tls() ? Tls.keyStore(o.tlsCert(), o.tlsKey()) : null;
        Auth auth = new Auth(ws);
        Analyses analyses = new Analyses(ws.cases(), o.version());
        Api api = new Api(ws, auth, analyses, new LoginThrottle(System::currentTimeMillis), o.maxUpload(), o.tls());
        ProjectArchive archive = new ProjectArchive(ws, auth, o.maxUpload());
        CodingApi coding = new CodingApi(ws, auth, o.maxUpload());
        DocumentIndex index = DocumentIndex.open(o.searchIndex());
        Passages passages = new Passages(ws, auth);
        Searches searches = new Searches(ws, auth, index, passages);
        try {
            searches.sync();
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = 16L << 20;
            cfg.jetty.multipartConfig.maxFileSize(o.maxUpload(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(o.maxUpload() + 64 * 1024, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Content-Security-Policy", UI_POLICY, "X-Content-Type-Options", "nosniff",
                        "Cache-Control", "no-cache", "Referrer-Policy", "no-referrer");
            });
            if (ks != null) {
                cfg.jetty.addConnector((server, http) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStore(ks);
                    ssl.setKeyStorePassword(new String(Tls.PASSWORD));
                    org.eclipse.jetty.server.HttpConfiguration https = new org.eclipse.jetty.server.HttpConfiguration(http);
                    org.eclipse.jetty.server.SecureRequestCustomizer secure = new org.eclipse.jetty.server.SecureRequestCustomizer();
                    secure.setSniHostCheck(false); // a self-signed certificate for a name, reached by address, still serves
                    https.addCustomizer(secure);
                    ServerConnector c = new ServerConnector(server, new org.eclipse.jetty.server.SslConnectionFactory(ssl, "http/1.1"),
                            new org.eclipse.jetty.server.HttpConnectionFactory(https));
                    c.setHost(o.host());
                    c.setPort(o.port());
                    return c;
                });
            }
        });
        app.after("/api/projects/*", searches::afterWrite);
        app.get("/api/projects/{p}/search", searches::search);
        app.get("/api/projects/{p}/passages", passages::retrieve);
        app.get("/api/projects/{p}/cases/{c}/coding", passages::coding); // before …/{table}, which would take it
        routes(app, api, archive, coding, auth);
        errors(app);
        try {
            if (ks != null) {
                app.start();
            } else {
                app.start(o.host(), o.port());
            }
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        return new WorkspaceServer(app, o, index);
    }

    private static void routes(Javalin app, Api api, ProjectArchive archive, CodingApi coding, Auth auth) {
        String pr = "/api/projects/{p}";
        String cs = pr + "/cases/{c}";
        app.before("/api/*", auth::before);
        app.after("/api/*", ctx -> ctx.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff"));
        app.post("/api/session", api::login);
        app.get("/api/session", api::whoami);
        app.delete("/api/session", api::logout);
        app.post("/api/tokens", api::newToken);
        app.get("/api/projects", api::projects);
        app.post("/api/projects", api::createProject);
        app.get(pr + "/members", api::members);
        app.put(pr + "/members/{user}", api::setMember);
        app.delete(pr + "/members/{user}", api::removeMember);
        app.get(pr + "/export", archive::export);
        app.post(pr + "/import", archive::importInto);
        app.get(pr + "/compare", api::compare);
        app.get(pr + "/agreement", coding::agreement);
        app.get(pr + "/disagreements", coding::disagreements);
        app.before(cs, coding::beforeCase);
        app.before(cs + "/*", coding::beforeCase);
        app.post(pr + "/cases", api::importCase);
        app.get(pr + "/cases", api::listCases);
        app.get(cs, api::getCase);
        app.put(cs, api::putCase);
        app.delete(cs, api::deleteCase);
        app.get(cs + "/analysis", api::analysis);
        app.get(cs + "/report", api::report);
        app.get(cs + "/export", api::export);
        app.get(cs + "/history", api::history);
        app.post(cs + "/history/{n}/revert", api::revert);
        app.get(cs + "/codebook", api::getCodebook);
        app.put(cs + "/codebook", api::putCodebook);
        // format 1.1's documents and passages, before the tables' generic routes (the first route that matches serves)
        app.post(cs + "/copies", coding::copy);
        app.post(cs + "/adjudicate", coding::adjudicate);
        app.get(cs + "/documents", coding::listDocuments);
        app.post(cs + "/documents", coding::addDocument);
        app.get(cs + "/documents/{d}", coding::getDocument);
        app.put(cs + "/documents/{d}", coding::putDocument);
        app.delete(cs + "/documents/{d}", coding::deleteDocument);
        app.get(cs + "/segments", coding::listSegments);
        app.post(cs + "/segments", coding::addSegment);
        app.get(cs + "/segments/{id}", coding::getSegment);
        app.put(cs + "/segments/{id}", coding::putSegment);
        app.delete(cs + "/segments/{id}", coding::deleteSegment);
        app.get(cs + "/{table}", api::listRows);
        app.post(cs + "/{table}", api::addRow);
        app.get(cs + "/{table}/{id}", api::getRow);
        app.put(cs + "/{table}/{id}", api::putRow);
        app.delete(cs + "/{table}/{id}", api::deleteRow);
    }

    /** Every typed exception to its status and body, here and nowhere else. */
    private static void errors(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status, e.code, e.getMessage()));
        app.exception(Api.Invalid.class, (e, ctx) -> Api.json(ctx, 422, Map.of("problems", e.problems)));
        app.exception(InvalidCaseException.class, (e, ctx) -> Api.json(ctx, 422,
                Map.of("problems", e.problems().stream().map(ProblemJson::row).toList())));
        app.exception(ConflictException.class, (e, ctx) -> {
            ObjectNode o = Api.JSON.createObjectNode();
            o.putObject("error").put("code", "conflict").put("message", e.getMessage());
            if (e.current() != null) {
                o.set("current", RowJson.toJson(Api.JSON, e.current()));
            }
            Api.json(ctx, 409, o);
        });
        app.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, "not-found", e.getMessage()));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            error(ctx, 503, "store-unavailable", "the database is not available; try again shortly");
        });
        app.exception(org.glassbox.core.agreement.AgreementException.class, (e, ctx) -> error(ctx, 422, "agreement", e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad-request", e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), "http-" + e.getStatus(), e.getMessage()));
        app.exception(SearchIndexException.class, (e, ctx) -> {
            LOG.error("search index error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "search-index-error", "the search index failed; the store is unchanged, and a restart rebuilds the index");
        });
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.error("store error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "store-error", "the store failed; nothing was written");
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal", "internal error");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "not-found", "no such route: " + ctx.method() + " " + ctx.path());
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void error(Context ctx, int status, String code, String message) {
        ObjectNode o = Api.JSON.createObjectNode();
        o.putObject("error").put("code", code).put("message", message == null ? code : message);
        Api.json(ctx, status, o);
    }

    /** The full-text search index this server keeps (for tests in this package). */
    DocumentIndex searchIndex() {
        return index;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The URL to open. */
    public String url() {
        String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return (options.tls() ? "https" : "http") + "://" + h + ":" + port() + "/";
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            index.close();
        }
    }

    static ArrayNode array() {
        return Api.JSON.createArrayNode();
    }
}
