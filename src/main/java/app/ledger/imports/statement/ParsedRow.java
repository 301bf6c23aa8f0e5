package app.ledger.imports.statement;

/** One transaction of a statement as the parser read it: a row ready to import, or one that cannot be. */
public sealed interface ParsedRow permits StatementRow, InvalidRow {

    /** 1-based line of the row in the file (for XML, the line its element starts on), for messages. */
    int line();
}
