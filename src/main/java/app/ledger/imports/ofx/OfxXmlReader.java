package app.ledger.imports.ofx;

import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.SafeXml;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/** Reads an OFX 2.x (XML) file with the safe streaming parser, as the same events as the SGML form. */
final class OfxXmlReader {

    private static final int MAX_TEXT = 4096;

    private OfxXmlReader() {
    }

    static void run(InputStream in, OfxEvents events) {
        XMLStreamReader xml = SafeXml.open(in);
        try {
            String pending = null; // an element started whose content is not known yet
            int pendingLine = 0;
            StringBuilder text = new StringBuilder();
            boolean any = false;
            while (SafeXml.hasNext(xml)) {
                int event = SafeXml.next(xml);
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (pending != null) {
                            events.open(pending, pendingLine);
                        }
                        pending = xml.getLocalName().toUpperCase(Locale.ROOT);
                        pendingLine = SafeXml.line(xml);
                        text.setLength(0);
                        any = true;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (pending != null) {
                            if (text.length() + xml.getTextLength() > MAX_TEXT) {
                                throw new MalformedStatementException(pendingLine, "The value of <" + pending
                                        + "> is longer than " + MAX_TEXT + " characters.");
                            }
                            text.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String name = xml.getLocalName().toUpperCase(Locale.ROOT);
                        if (pending != null) {
                            String value = text.toString().strip();
                            if (value.isEmpty()) {
                                events.open(pending, pendingLine);
                                events.close(name, SafeXml.line(xml));
                            } else {
                                events.leaf(pending, value, pendingLine);
                            }
                            pending = null;
                        } else {
                            events.close(name, SafeXml.line(xml));
                        }
                    }
                    default -> {
                    }
                }
            }
            if (!any) {
                throw new MalformedStatementException(0, "The file holds no OFX element: it is not an OFX file.");
            }
        } finally {
            SafeXml.close(xml);
        }
    }
}
