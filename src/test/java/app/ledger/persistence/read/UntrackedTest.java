package app.ledger.persistence.read;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.account.Account;
import app.ledger.journal.Entry;
import io.quarkus.test.junit.QuarkusTest;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.junit.jupiter.api.Test;

/** Runs on the enhanced entities, as the service does: a plain unit test would see the classes as written. */
@QuarkusTest
class UntrackedTest {

    @Test
    void anEntryBuiltToBeReadDoesNotTrackItsFieldWritesWhileAnOrdinaryOneDoes() {
        Entry ordinary = new Entry();
        ordinary.description = "Coffee";
        ordinary.amountMinor = 450;
        assertThat(ordinary).isInstanceOf(SelfDirtinessTracker.class);
        assertThat(((SelfDirtinessTracker) ordinary).$$_hibernate_getDirtyAttributes())
                .contains("description", "amountMinor");

        Entry detached = Untracked.of(new Entry());
        detached.description = "Coffee";
        detached.amountMinor = 450;
        assertThat(((SelfDirtinessTracker) detached).$$_hibernate_hasDirtyAttributes()).isFalse();
        assertThat(detached.description).isEqualTo("Coffee");
    }

    @Test
    void anAccountBuiltToBeReadDoesNotTrackItsFieldWritesEither() {
        Account ordinary = new Account();
        ordinary.name = "Main";
        assertThat(((SelfDirtinessTracker) ordinary).$$_hibernate_getDirtyAttributes()).contains("name");

        // fields the constructor initialises are written before tracking can be suspended; later writes are not
        Account detached = Untracked.of(new Account());
        detached.name = "Main";
        assertThat(((SelfDirtinessTracker) detached).$$_hibernate_getDirtyAttributes()).doesNotContain("name");
        assertThat(detached.name).isEqualTo("Main");
    }
}
