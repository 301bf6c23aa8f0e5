package app.ledger.imports.statement;

import app.ledger.support.SafeXmlFactory;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming XML reader for statements that cannot reach out nor blow up: DTDs and external entities are
 * off in the factory ({@link SafeXmlFactory}, shared with the ECB rates reader), and a document type
 * declaration or an entity reference is refused as soon as it is met, before any row is read (XXE, billion
 * laughs).
 */
public final class SafeXml {

    private SafeXml() {
    }

    public static XMLStreamReader open(InputStream in) {
        try {
            return factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = SafeXmlFactory.newInputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The next event, refusing document type declarations and entity references. */
    public static int next(XMLStreamReader xml) {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new MalformedStatementException(line(xml), "A document type declaration (DOCTYPE) is not "
                        + "allowed in a statement file.");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new MalformedStatementException(line(xml), "Entity references are not allowed in a "
                        + "statement file.");
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    public static boolean hasNext(XMLStreamReader xml) {
        try {
            return xml.hasNext();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The text of the element that has just started, up to its end; refuses child elements. */
    public static String text(XMLStreamReader xml) {
        StringBuilder text = new StringBuilder();
        int line = line(xml);
        String name = xml.getLocalName();
        while (hasNext(xml)) {
            int event = next(xml);
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() < 4096) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString().strip();
                }
                case XMLStreamConstants.START_ELEMENT -> throw new MalformedStatementException(line(xml),
                        "<" + name + "> holds text, not the element <" + xml.getLocalName() + ">.");
                default -> {
                }
            }
        }
        throw new MalformedStatementException(line, "The file ends inside <" + name + ">.");
    }

    public static int line(XMLStreamReader xml) {
        Location location = xml.getLocation();
        return location == null ? 0 : location.getLineNumber();
    }

    public static MalformedStatementException malformed(XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        // the JDK parser prefixes its message with "ParseError at [row,col]:[12,3]\nMessage: "
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return new MalformedStatementException(location == null ? 0 : location.getLineNumber(),
                "The file is not well-formed XML: " + reason.strip());
    }

    public static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // only reading; the stream is closed by its owner
        }
    }
}
