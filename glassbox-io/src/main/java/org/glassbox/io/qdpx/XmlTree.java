package org.glassbox.io.qdpx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The project's XML read into a small tree of elements that keep their line and column. The parser never
 * resolves anything: a document type declaration ({@code <!DOCTYPE}, where entities and external references
 * would be declared) is refused outright, DTD support and external entities are switched off besides, and
 * elements nest at most {@link #MAX_DEPTH} deep, and a document has at most {@link #MAX_ELEMENTS} of them.
 */
final class XmlTree {
    static final int MAX_DEPTH = 64;
    /** At most this many elements: a small file of many tiny elements would otherwise fill the memory. */
    static final int MAX_ELEMENTS = 2_000_000;

    /** One element: local name (namespace dropped), attributes by local name, text, children, position. */
    record Element(String name, Map<String, String> attributes, List<Element> children, String text, int line,
                   int column) {
        String attr(String key) {
            return attributes.get(key);
        }

        List<Element> all(String child) {
            return children.stream().filter(e -> e.name.equals(child)).toList();
        }

        Element first(String child) {
            for (Element e : children) {
                if (e.name.equals(child)) {
                    return e;
                }
            }
            return null;
        }

        String childText(String child) {
            Element e = first(child);
            return e == null ? null : e.text;
        }
    }

    /** The XML is not well-formed or is refused; line and column where, 0 when unknown. */
    static final class Malformed extends Exception {
        private final int line;
        private final int column;

        Malformed(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    private XmlTree() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("refused: an external reference (" + systemId + ")");
        });
        return f;
    }

    /** The root element of {@code xml}. */
    static Element parse(byte[] xml) throws Malformed {
        return parse(xml, MAX_ELEMENTS);
    }

    static Element parse(byte[] xml, int maxElements) throws Malformed {
        XMLStreamReader r = null;
        int elements = 0;
        try {
            r = secureFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Frame> stack = new ArrayList<>();
            Element root = null;
            while (r.hasNext()) {
                int ev = r.next();
                Location at = r.getLocation();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new Malformed("refused: a document type declaration"
                            + " (<!DOCTYPE …>): a project declares no entities and references no external files",
                            at.getLineNumber(), at.getColumnNumber());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new Malformed("refused: the entity reference &"
                            + r.getLocalName() + "; (no entities are resolved)", at.getLineNumber(), at.getColumnNumber());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > maxElements) {
                            throw new Malformed("refused: more than " + maxElements + " elements",
                                    at.getLineNumber(), at.getColumnNumber());
                        }
                        if (stack.size() >= MAX_DEPTH) {
                            throw new Malformed("refused: elements nested more than " + MAX_DEPTH + " deep",
                                    at.getLineNumber(), at.getColumnNumber());
                        }
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        stack.add(new Frame(r.getLocalName(), attrs, at.getLineNumber(), at.getColumnNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.get(stack.size() - 1).text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Frame f = stack.remove(stack.size() - 1);
                        Element e = new Element(f.name, f.attrs, List.copyOf(f.children), f.text.toString(), f.line,
                                f.column);
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.get(stack.size() - 1).children.add(e);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new Malformed("no root element", 0, 0);
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String m = e.getMessage();
            // the JDK's message repeats the position as "ParseError at [row,col]:[l,c]\nMessage: …"
            int cut = m == null ? -1 : m.indexOf("Message: ");
            throw new Malformed("not well-formed XML: " + (cut >= 0 ? m.substring(cut + 9) : m),
                    at == null ? 0 : Math.max(0, at.getLineNumber()), at == null ? 0 : Math.max(0, at.getColumnNumber()));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // nothing is held open beyond the byte array
                }
            }
        }
    }

    private static final class Frame {
        final String name;
        final Map<String, String> attrs;
        final int line;
        final int column;
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Frame(String name, Map<String, String> attrs, int line, int column) {
            this.name = name;
            this.attrs = attrs;
            this.line = line;
            this.column = column;
        }
    }
}
