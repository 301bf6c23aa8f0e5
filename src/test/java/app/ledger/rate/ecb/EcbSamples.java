package app.ledger.rate.ecb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The saved sample files (src/test/resources/ecb) and hostile variants of the format. */
public final class EcbSamples {

    public static final String DAILY = "eurofxref-daily.xml";
    public static final String NINETY_DAYS = "eurofxref-hist-90d.xml";

    static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    static final String ENVELOPE = "<gesmes:Envelope xmlns:gesmes=\"http://www.gesmes.org/xml/2002-08-01\" "
            + "xmlns=\"http://www.ecb.int/vocabulary/2002-08-01/eurofxref\">\n";

    /** Reads a file on the local disk into the document, an otherwise valid one: the classic XXE. */
    public static final String EXTERNAL_ENTITY = HEAD
            + "<!DOCTYPE gesmes:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>\n" + ENVELOPE
            + "\t<gesmes:subject>&xxe;</gesmes:subject>\n"
            + "\t<Cube>\n\t\t<Cube time='2025-03-14'>\n\t\t\t<Cube currency='USD' rate='1.0878'/>\n"
            + "\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n";

    /** A few hundred bytes that expand to gigabytes when entities are expanded. */
    public static final String BILLION_LAUGHS = HEAD + "<!DOCTYPE lolz [\n"
            + " <!ENTITY lol \"lol\">\n"
            + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
            + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
            + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
            + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
            + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
            + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
            + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
            + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
            + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
            + "]>\n" + ENVELOPE
            + "\t<gesmes:subject>&lol9;</gesmes:subject>\n"
            + "\t<Cube>\n\t\t<Cube time='2025-03-14'>\n\t\t\t<Cube currency='USD' rate='1.0878'/>\n"
            + "\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n";

    private EcbSamples() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = EcbSamples.class.getResourceAsStream("/ecb/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed file of {@code days} days (newest first from {@code last}) of every sample currency. */
    public static String ofDays(java.time.LocalDate last, int days) {
        String daily = new String(bytes(DAILY), StandardCharsets.UTF_8);
        int from = daily.indexOf("\t\t<Cube time=");
        int to = daily.indexOf("\t</Cube>\n</gesmes:Envelope>");
        String oneDay = daily.substring(from, to);
        StringBuilder file = new StringBuilder(daily.substring(0, from));
        for (int i = 0; i < days; i++) {
            file.append(oneDay.replace("2025-03-14", last.minusDays(i).toString()));
        }
        return file.append(daily.substring(to)).toString();
    }
}
