package app.ledger.journal.payee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayeeTallyTest {

    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);
    private static final LocalDate MAR = LocalDate.of(2024, 3, 1);

    @Test
    void usesOfOneNameInAnyCaseAddUpWithTheLastSpellingAndTheLatestDay() {
        List<PayeeTally.Change> changes = PayeeTally.of(List.of(PayeeUse.added(1, "Café", MAR),
                PayeeUse.added(1, "CAFÉ", JAN), PayeeUse.removed(1, "café")));
        assertThat(changes).containsExactly(new PayeeTally.Change(1, "café", "CAFÉ", 1, MAR));
    }

    @Test
    void onlyTakingAwayKeepsNoSpellingAndNoDay() {
        assertThat(PayeeTally.of(List.of(PayeeUse.removed(1, "Shop"), PayeeUse.removed(1, "SHOP"))))
                .containsExactly(new PayeeTally.Change(1, "shop", null, -2, null));
    }

    @Test
    void changesAreSortedByUserThenNameSoThatWritersLockRowsInOneOrder() {
        List<PayeeTally.Change> changes = PayeeTally.of(List.of(PayeeUse.added(2, "b", JAN),
                PayeeUse.added(1, "z", JAN), PayeeUse.added(2, "a", JAN), PayeeUse.added(1, "Y", JAN)));
        assertThat(changes).extracting(c -> c.userId() + ":" + c.folded())
                .containsExactly("1:y", "1:z", "2:a", "2:b");
    }

    @Test
    void usersAreKeptApart() {
        assertThat(PayeeTally.of(List.of(PayeeUse.added(1, "Shop", JAN), PayeeUse.added(2, "Shop", JAN))))
                .hasSize(2);
    }
}
