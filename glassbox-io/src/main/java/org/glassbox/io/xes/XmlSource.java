package org.glassbox.io.xes;

import java.io.IOException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The few pull-parser operations the XES reader needs, so that it can run on the JDK's StAX
 * parser or on the faster {@link XesScanner}. Event codes are {@link XMLStreamConstants}'.
 */
interface XmlSource {
    /** The next event: START_ELEMENT, END_ELEMENT, DTD, END_DOCUMENT or another code to ignore. */
    int next() throws IOException, XMLStreamException;

    String localName();

    int attributeCount();

    String attributeName(int i);

    String attributeValue(int i);

    /** The value of the attribute {@code name} of the current start element, or null. */
    String attributeValue(String name);

    long line();

    long column();

    void close() throws XMLStreamException;

    /** Adapter over a {@link XMLStreamReader}. */
    static XmlSource of(XMLStreamReader r) {
        return new XmlSource() {
            @Override
            public int next() throws XMLStreamException {
                return r.hasNext() ? r.next() : XMLStreamConstants.END_DOCUMENT;
            }

            @Override
            public String localName() {
                return r.getLocalName();
            }

            @Override
            public int attributeCount() {
                return r.getAttributeCount();
            }

            @Override
            public String attributeName(int i) {
                return r.getAttributeLocalName(i);
            }

            @Override
            public String attributeValue(int i) {
                return r.getAttributeValue(i);
            }

            @Override
            public String attributeValue(String name) {
                return r.getAttributeValue(null, name);
            }

            @Override
            public long line() {
                Location l = r.getLocation();
                return l == null ? 0 : l.getLineNumber();
            }

            @Override
            public long column() {
                Location l = r.getLocation();
                return l == null ? 0 : l.getColumnNumber();
            }

            @Override
            public void close() throws XMLStreamException {
                r.close();
            }
        };
    }
}
