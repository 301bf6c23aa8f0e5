package app.ledger.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Applies {@link FreshDataDirectory} to every Quarkus test in the module. */
@QuarkusTestResource(FreshDataDirectory.class)
public final class TestDataResource {

    private TestDataResource() {
    }
}
