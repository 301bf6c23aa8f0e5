package app.ledger.account;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The one access check of every route that names an account. Whatever the user may not see answers
 * 404, exactly like an account that does not exist. Today a user may do everything with their own
 * accounts and nothing with anyone else's; shared accounts will change only this class.
 */
@ApplicationScoped
public class AccountAccess {

    private final AccountReads accounts;

    public AccountAccess(AccountReads accounts) {
        this.accounts = accounts;
    }

    /**
     * The account, as last committed, when the user may act on it so, otherwise a 404 problem. Writes do
     * not start here: they lock their accounts and apply {@link #check} to what they locked.
     */
    public Uni<Account> require(long userId, long accountId, Permission permission) {
        return accounts.byId(accountId).map(account -> check(account, accountId, userId, permission));
    }

    /** Every account the user may read, by id: today the user's own. */
    public Uni<List<Account>> readable(long userId) {
        return accounts.ofUser(userId);
    }

    /** The same rule for an account already loaded (or null when it was not found). */
    public static Account check(Account account, long accountId, long userId, Permission permission) {
        if (account == null || account.userId != userId) {
            throw new AccountNotFoundException(accountId);
        }
        return account;
    }
}
