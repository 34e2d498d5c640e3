package org.glassbox.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glassbox.io.caseformat.CaseRows;
import org.glassbox.store.StoredRow;

/**
 * Rows between the store's text values and the API's JSON: {@code ;} list columns (as
 * {@link CaseRows#isList} names them) become JSON arrays and back; {@code row} and
 * {@code version} are the server's own fields.
 */
final class RowJson {
    private RowJson() {
    }

    static ObjectNode toJson(ObjectMapper m, StoredRow r) {
        ObjectNode o = m.createObjectNode();
        o.put("row", r.row());
        o.put("version", r.version());
        r.values().forEach((k, v) -> {
            if (CaseRows.isList(r.table(), k)) {
                ArrayNode a = o.putArray(k);
                for (String item : v.split(";", -1)) {
                    a.add(item.strip());
                }
            } else {
                o.put(k, v);
            }
        });
        return o;
    }

    /** A JSON object's fields as the text the case format reads (arrays joined with ';'). */
    static Map<String, String> fromJson(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object of column: value");
        }
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = body.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (k.equals("row") || k.equals("version")) {
                continue;
            }
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                List<String> items = new ArrayList<>();
                for (JsonNode x : v) {
                    if (!x.isValueNode()) {
                        throw ApiException.badRequest("column '" + k + "': list items must be text");
                    }
                    items.add(x.asText());
                }
                out.put(k, String.join(";", items));
            } else if (v.isValueNode()) {
                out.put(k, v.asText());
            } else {
                throw ApiException.badRequest("column '" + k + "': a value must be text, a number or a list, not an object");
            }
        }
        return out;
    }
}
