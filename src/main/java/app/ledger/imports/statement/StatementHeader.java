package app.ledger.imports.statement;

/**
 * What a statement says about itself, where the format carries it (OFX and CAMT; CSV and QIF carry none).
 * Any part may be null.
 *
 * @param accountCurrency the statement's currency (OFX CURDEF, CAMT Acct/Ccy)
 * @param account         the bank's account number or IBAN, to warn when a file belongs to another account
 * @param opening         CAMT OPBD
 * @param closing         CAMT CLBD, OFX LEDGERBAL
 * @param available       CAMT CLAV, OFX AVAILBAL
 */
public record StatementHeader(String accountCurrency, String account, StatementBalance opening,
        StatementBalance closing, StatementBalance available) {
}
