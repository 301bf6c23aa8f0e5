package app.ledger.persistence.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PoolDirectReadsTest {

    @Test
    void numbersPlaceholdersOutsideQuotedText() {
        assertEquals("SELECT a FROM t WHERE a = $1 AND b LIKE $2 ESCAPE '\\' AND c = '?' AND d IN ($3, $4)",
                PoolDirectReads.numberPlaceholders(
                        "SELECT a FROM t WHERE a = ? AND b LIKE ? ESCAPE '\\' AND c = '?' AND d IN (?, ?)"));
    }
}
