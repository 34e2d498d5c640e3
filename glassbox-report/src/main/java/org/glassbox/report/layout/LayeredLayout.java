package org.glassbox.report.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered drawing of a directed graph (Sugiyama, Tagawa and Toda 1981: cycle removal, layer
 * assignment, crossing minimisation, node placement) computed by the Eclipse Layout Kernel's
 * {@code org.eclipse.elk.layered} algorithm, direction left to right. A node marked
 * {@link Position#FIRST} is put in a first layer of its own, {@link Position#LAST} in a last layer of its own: the start
 * of a process map sits at the left, its end at the right. Self-loops take no part in the layout
 * (they are drawn as a count on their node). ELK places nodes so that their boxes never overlap
 * (node–node spacing {@link #NODE_SPACING}, layer spacing {@link #LAYER_SPACING}); every box lies
 * inside {@code [0, width] × [0, height]} of the {@link Drawing}.
 *
 * <pre>{@code
 * Drawing d = LayeredLayout.layout(List.of(new Box("s", 20, 20, Position.FIRST), new Box("a", 120, 40, Position.ANY)),
 *         List.of(new Arc("s", "a")));
 * }</pre>
 */
public final class LayeredLayout {
    /** Space between two boxes of one layer. */
    public static final double NODE_SPACING = 18;
    /** Space between two layers. */
    public static final double LAYER_SPACING = 70;
    /** Margin around the drawing. */
    public static final double PADDING = 12;

    static {
        // outside Eclipse the option metadata (and ElkReflect's cloners of option values) are registered by hand, once
        org.eclipse.elk.core.data.LayoutMetaDataService.getInstance()
                .registerLayoutMetaDataProviders(new org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider());
    }

    private LayeredLayout() {
    }

    /** Where a node must go. */
    public enum Position { FIRST, ANY, LAST }

    /** A node to place: its id, its box's size and where it must go. */
    public record Box(String id, double width, double height, Position position) {
        public Box {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(position, "position");
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("box " + id + ": width and height must be positive, not " + width + " × " + height);
            }
        }
    }

    /** A directed edge between two boxes' ids. */
    public record Arc(String source, String target) {
        public Arc {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
        }
    }

    /** A placed box: its top-left corner and size. */
    public record Placed(String id, double x, double y, double width, double height) {
        /** Whether this box and {@code o} share any interior point. */
        public boolean overlaps(Placed o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }
    }

    /** The drawing: every box placed, in the order given, and the size of the whole. */
    public record Drawing(List<Placed> boxes, double width, double height) {
        public Drawing {
            boxes = List.copyOf(boxes);
        }

        /** The placed box of {@code id}. */
        public Placed box(String id) {
            for (Placed p : boxes) {
                if (p.id().equals(id)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no box " + id);
        }
    }

    /**
     * Lays out the boxes and arcs (arcs naming an unknown id are an error; self-loops and repeated arcs are ignored).
     *
     * @throws IllegalArgumentException when two boxes share an id or an arc names an unknown box
     */
    public static Drawing layout(List<Box> boxes, List<Arc> arcs) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 8.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 4.0);
        root.setProperty(LayeredOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(PADDING));
        root.setProperty(LayeredOptions.RANDOM_SEED, 1);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        Map<String, ElkNode> byId = new LinkedHashMap<>();
        for (Box b : boxes) {
            ElkNode n = ElkGraphUtil.createNode(root);
            n.setIdentifier(b.id());
            n.setDimensions(b.width(), b.height());
            if (b.position() == Position.FIRST) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST_SEPARATE);
            } else if (b.position() == Position.LAST) {
                n.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.LAST_SEPARATE);
            }
            if (byId.put(b.id(), n) != null) {
                throw new IllegalArgumentException("two boxes with id " + b.id());
            }
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (Arc a : arcs) {
            ElkNode s = byId.get(a.source());
            ElkNode t = byId.get(a.target());
            if (s == null || t == null) {
                throw new IllegalArgumentException("arc " + a.source() + " → " + a.target() + " names an unknown box");
            }
            if (s == t || seen.put(a.source() + "\u0000" + a.target(), Boolean.TRUE) != null) {
                continue;
            }
            ElkGraphUtil.createSimpleEdge(s, t);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        List<Placed> out = new ArrayList<>();
        double w = 0;
        double h = 0;
        for (ElkNode n : byId.values()) {
            out.add(new Placed(n.getIdentifier(), n.getX(), n.getY(), n.getWidth(), n.getHeight()));
            w = Math.max(w, n.getX() + n.getWidth());
            h = Math.max(h, n.getY() + n.getHeight());
        }
        return new Drawing(out, Math.max(root.getWidth(), w + PADDING), Math.max(root.getHeight(), h + PADDING));
    }
}
