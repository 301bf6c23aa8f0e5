package app.ledger.support;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one way Ledger makes streaming XML parsers for files that people upload or that come from the network:
 * no DTD support, no external entities, no entity replacement, no access to external DTDs or schemas. Readers
 * still refuse a DOCTYPE or an entity reference when they meet one, so a hostile file fails before any of it
 * is used.
 */
public final class SafeXmlFactory {

    private SafeXmlFactory() {
    }

    public static XMLInputFactory newInputFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
