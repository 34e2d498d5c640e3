package org.glassbox.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glassbox.core.model.Case;
import org.glassbox.core.model.Code;
import org.glassbox.core.model.Document;
import org.glassbox.core.model.Link;
import org.glassbox.core.model.Segment;
import org.glassbox.io.caseformat.CaseFormatException;
import org.glassbox.store.CaseSummary;
import org.glassbox.store.Role;
import org.glassbox.store.User;
import org.glassbox.store.Workspace;

/**
 * What the coding page reads beyond the tables: a case's codes (the codebook's hierarchy), event
 * types and coders ({@code GET …/cases/{c}/coding}), and retrieval by code across a project
 * ({@code GET /api/projects/{p}/passages?code=X}: every passage coded X or, with {@code sub=true},
 * a code under X, with its context). Restricted documents are shown only to those who may see them.
 */
final class Passages {
    /** Code points of context on each side of a retrieved passage. */
    static final int CONTEXT = 60;
    /** The column of documents.csv naming the coders assigned to a restricted document ({@code ;} list). */
    static final String ASSIGNED = org.glassbox.io.caseformat.CaseRows.ASSIGNED_CODERS;

    private final Workspace ws;
    private final Auth auth;

    Passages(Workspace ws, Auth auth) {
        this.ws = ws;
        this.auth = auth;
    }

    /** The stored case as the case format reads it (documents and passages included). */
    Case read(String p, String c) {
        try {
            return ws.cases().snapshot(p, c).tables().read();
        } catch (CaseFormatException e) {
            throw new IllegalStateException("the stored case " + p + "/" + c + " does not read back", e);
        }
    }

    /** Whether {@code user} (with {@code role} in the project) may see document {@code d}: the document routes' own rule. */
    static boolean visible(Document d, User user, Role role) {
        return CodingApi.sees(new CodingApi.Caller(user, role),
                Map.of("access", d.access(), ASSIGNED, d.attributes().getOrDefault(ASSIGNED, "")));
    }

    Role role(String p, User u) {
        return u.admin() ? Role.OWNER : ws.projects().role(p, u.name());
    }

    void coding(Context ctx) {
        String p = ctx.pathParam("p");
        auth.need(ctx, p, Role.VIEWER);
        Case k = read(p, ctx.pathParam("c"));
        ObjectNode o = Api.JSON.createObjectNode();
        ArrayNode codes = o.putArray("codes");
        Map<String, Code> byName = new HashMap<>();
        k.coding().codes().forEach(x -> byName.put(x.name(), x));
        for (Code x : ordered(k.coding().codes())) {
            ObjectNode n = codes.addObject();
            n.put("name", x.name());
            n.put("parent", x.parent());
            n.put("description", x.description());
            n.put("depth", depth(x, byName));
        }
        ArrayNode types = o.putArray("eventTypes");
        k.codebook().eventTypes().keySet().forEach(types::add);
        ArrayNode coders = o.putArray("coders");
        k.coding().coders().forEach(x -> coders.addObject().put("id", x.id()).put("name", x.name()));
        Api.json(ctx, 200, o);
    }

    /** Codes in tree order: each parent followed by its children, as the codebook lists them. */
    static List<Code> ordered(List<Code> codes) {
        List<Code> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        codes.forEach(c -> names.add(c.name()));
        Set<String> done = new HashSet<>();
        for (Code c : codes) {
            if (c.parent() == null || !names.contains(c.parent())) {
                walk(c, codes, out, done);
            }
        }
        for (Code c : codes) {
            if (!done.contains(c.name())) {
                out.add(c); // a cycle the validator reports; shown all the same
            }
        }
        return out;
    }

    private static void walk(Code c, List<Code> all, List<Code> out, Set<String> done) {
        if (!done.add(c.name())) {
            return;
        }
        out.add(c);
        for (Code x : all) {
            if (c.name().equals(x.parent())) {
                walk(x, all, out, done);
            }
        }
    }

    private static int depth(Code c, Map<String, Code> byName) {
        int d = 0;
        Set<String> seen = new HashSet<>();
        for (Code x = c; x.parent() != null && byName.containsKey(x.parent()) && seen.add(x.name()); x = byName.get(x.parent())) {
            d++;
        }
        return d;
    }

    void retrieve(Context ctx) {
        String p = ctx.pathParam("p");
        User u = auth.need(ctx, p, Role.VIEWER);
        Role role = role(p, u);
        String code = ctx.queryParam("code");
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("code: the code to retrieve is needed (?code=…)");
        }
        boolean sub = "true".equals(ctx.queryParam("sub")) || "1".equals(ctx.queryParam("sub"));
        ArrayNode a = Api.JSON.createArrayNode();
        for (CaseSummary cs : ws.cases().list(p)) {
            Case k = read(p, cs.id());
            Set<String> wanted = new LinkedHashSet<>(List.of(code));
            if (sub) {
                boolean grew = true;
                while (grew) {
                    grew = false;
                    for (Code x : k.coding().codes()) {
                        if (x.parent() != null && wanted.contains(x.parent()) && wanted.add(x.name())) {
                            grew = true;
                        }
                    }
                }
            }
            Map<String, Document> docs = new HashMap<>();
            k.coding().documents().forEach(d -> docs.put(d.id(), d));
            for (Segment s : k.coding().segments()) {
                Document d = docs.get(s.document());
                if (d == null || !visible(d, u, role) || s.codes().stream().noneMatch(wanted::contains)) {
                    continue;
                }
                ObjectNode o = a.addObject();
                o.put("case", cs.id());
                o.put("document", d.id());
                o.put("segment", s.id());
                o.put("start", s.start());
                o.put("end", s.end());
                o.put("quote", s.quote());
                o.put("before", d.slice(Math.max(0, s.start() - CONTEXT), s.start()));
                o.put("after", d.slice(s.end(), Math.min(d.length(), s.end() + CONTEXT)));
                o.put("coder", s.coder());
                ArrayNode codes = o.putArray("codes");
                s.codes().forEach(codes::add);
                ArrayNode links = o.putArray("links");
                for (Link l : s.links()) {
                    links.add(l.toString());
                }
                o.put("memo", s.memo());
            }
        }
        ctx.header("X-Total-Count", String.valueOf(a.size()));
        Api.json(ctx, 200, a);
    }
}
