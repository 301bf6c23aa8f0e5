package app.ledger.journal;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;
import java.util.function.LongFunction;

/** An account as an entry names it: its id and name, nothing more. */
@RegisterForReflection
public record AccountRef(long id, String name) {

    /** Looks accounts up among these names by id; an account not among them is null. */
    public static LongFunction<AccountRef> among(Map<Long, String> names) {
        return id -> {
            String name = names.get(id);
            return name == null ? null : new AccountRef(id, name);
        };
    }
}
