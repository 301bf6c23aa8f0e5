package app.ledger.rate.ecb;

import app.ledger.money.Currencies;
import app.ledger.rate.RateRules;
import app.ledger.support.SafeXmlFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the ECB's euro foreign exchange reference rates XML (the daily file and the historical ones alike)
 * one day at a time, with a streaming parser: memory stays the same whatever the size of the file.
 * <pre>
 * &lt;gesmes:Envelope ...&gt; ... &lt;Cube&gt;
 *   &lt;Cube time="2024-05-17"&gt; &lt;Cube currency="USD" rate="1.0871"/&gt; ... &lt;/Cube&gt; ...
 * &lt;/Cube&gt; &lt;/gesmes:Envelope&gt;
 * </pre>
 * A document type declaration is refused outright, so entities can neither reach out (XXE) nor expand
 * (billion laughs); the parser is also told not to support DTDs nor external entities at all. Blocking:
 * run it on a worker thread.
 */
public final class EcbRatesReader implements AutoCloseable {

    private static final String RATES_NAMESPACE = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    private final XMLStreamReader xml;
    private final LocalDate today;
    private int depth;
    private boolean started;

    public EcbRatesReader(InputStream in, LocalDate today) {
        this.today = today;
        try {
            this.xml = factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = SafeXmlFactory.newInputFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** The next day of rates, or null after the last one (the whole document has then been checked). */
    public EcbDay next() {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw refused("A document type declaration (DOCTYPE) is not "
                            + "allowed in a rates file.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refused("Entity references are not allowed "
                            + "in a rates file.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        EcbDay day = startElement();
                        if (day != null) {
                            return day;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    default -> {
                    }
                }
            }
            if (!started) {
                throw new EcbFileException(0, "The file holds no day of rates: it is not the ECB's euro "
                        + "reference rates XML.");
            }
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    private EcbDay startElement() throws XMLStreamException {
        if (depth == 1) {
            if (!"Envelope".equals(xml.getLocalName())) {
                throw refused("The file starts with <" + xml.getLocalName() + ">, not with the ECB's "
                        + "<gesmes:Envelope>.");
            }
            return null;
        }
        if (!"Cube".equals(xml.getLocalName()) || !RATES_NAMESPACE.equals(xml.getNamespaceURI())) {
            return null; // the envelope's subject and sender
        }
        String time = xml.getAttributeValue(null, "time");
        if (time == null) {
            return null; // the outer Cube
        }
        return day(time);
    }

    /** Reads the rates of the day whose {@code <Cube time>} has just started, up to its end. */
    private EcbDay day(String time) throws XMLStreamException {
        int line = line();
        LocalDate date = RateRules.parseDay(time);
        if (date == null) {
            throw new EcbFileException(line, "\"" + time + "\" is not a day written YYYY-MM-DD.");
        }
        if (!RateRules.acceptableDay(date, today)) {
            throw new EcbFileException(line, "The day " + date + " is before " + RateRules.EARLIEST
                    + " or after tomorrow.");
        }
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        int skipped = 0;
        int dayDepth = depth;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw refused("Entity references are not allowed in a rates file.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String currency = xml.getAttributeValue(null, "currency");
                String rate = xml.getAttributeValue(null, "rate");
                if (!"Cube".equals(xml.getLocalName()) || currency == null || rate == null) {
                    throw refused("Inside <Cube time=\"" + time + "\"> every element is "
                            + "<Cube currency=\"...\" rate=\"...\"/>.");
                }
                BigDecimal value = RateRules.rate(rate).orElseThrow(() -> refused("The rate \"" + rate + "\" of "
                        + currency + " is not a positive decimal such as 1.0856."));
                if (Currencies.find(currency).isEmpty() || currency.equals("EUR")) {
                    skipped++;
                } else {
                    rates.put(currency, value);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < dayDepth) {
                    started = true;
                    return new EcbDay(date, rates, skipped);
                }
            }
        }
        throw new EcbFileException(line(), "The file ends inside the rates of " + time + ".");
    }

    private EcbFileException refused(String detail) {
        return new EcbFileException(line(), detail);
    }

    private int line() {
        Location location = xml.getLocation();
        return location == null ? 0 : location.getLineNumber();
    }

    private static EcbFileException malformed(XMLStreamException e) {
        Location location = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        // the JDK parser prefixes its message with "ParseError at [row,col]:[12,3]\nMessage: "
        int at = message.indexOf("Message: ");
        String reason = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return new EcbFileException(location == null ? 0 : location.getLineNumber(),
                "The file is not well-formed XML: " + reason.strip());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing was written; the input is closed by its owner
        }
    }
}
