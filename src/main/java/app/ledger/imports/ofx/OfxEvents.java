package app.ledger.imports.ofx;

/**
 * The elements of an OFX file as both of its forms deliver them: an aggregate opens and closes, a leaf element
 * carries a value. In the SGML form leaves are not closed; in the XML form they are.
 */
interface OfxEvents {

    void open(String name, int line);

    void close(String name, int line);

    void leaf(String name, String value, int line);
}
