package app.ledger.account;

import app.ledger.config.LedgerConfig;
import app.ledger.money.Currencies;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AccountService {

    public static final String FIRST_ACCOUNT_NAME = "Main";
    static final int MAX_NAME_LENGTH = 64;
    private static final String NAME_MISSING = "Enter a name for the account.";
    private static final String CURRENCY_MISSING = "Choose a currency.";

    private final AccountRepository accounts;
    private final AccountAccess access;
    private final Currency defaultCurrency;
    private final int maxPerUser;

    public AccountService(AccountRepository accounts, AccountAccess access, LedgerConfig config) {
        this.accounts = accounts;
        this.access = access;
        this.maxPerUser = config.accounts().maxPerUser();
        String code = config.accounts().defaultCurrency();
        this.defaultCurrency = Currencies.find(code).orElseThrow(() -> new IllegalArgumentException(
                "ledger.accounts.default-currency is not an ISO 4217 currency code: " + code));
    }

    @WithSession
    public Uni<List<AccountView>> list(long userId) {
        return accounts.listOwnedBy(userId).map(list -> list.stream().map(AccountView::of).toList());
    }

    public Uni<AccountView> get(long userId, long accountId) {
        return access.require(userId, accountId, Permission.READ).map(AccountView::of);
    }

    /** Currency code of each of the user's accounts, by account id. */
    @WithSession
    public Uni<Map<Long, String>> currencies(long userId) {
        return accounts.listOwnedBy(userId)
                .map(list -> list.stream().collect(Collectors.toMap(a -> a.id, a -> a.currency)));
    }

    /**
     * Loads the accounts a ledger write touches and locks them until the surrounding transaction ends,
     * always in id order so that two writers can never wait on each other.
     */
    @WithTransaction
    public Uni<Map<Long, Account>> lockForPosting(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Long> ordered = accountIds.stream().distinct().sorted().toList();
        return accounts.find("id in ?1 order by id", ordered)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list()
                .map(list -> list.stream().collect(Collectors.toMap(a -> a.id, Function.identity())));
    }

    @WithTransaction
    public Uni<AccountView> create(long userId, CreateAccountRequest request) {
        FieldErrors errors = new FieldErrors();
        String name = request == null ? null : normaliseName(request.name(), errors);
        Currency currency = request == null ? null : Currencies.find(request.currency()).orElse(null);
        if (request == null) {
            errors.add("name", NAME_MISSING).add("currency", CURRENCY_MISSING);
        } else if (request.currency() == null || request.currency().isBlank()) {
            errors.add("currency", CURRENCY_MISSING);
        } else if (currency == null) {
            errors.add("currency", "Choose a currency by its three-letter code, such as USD or EUR.");
        }
        errors.throwIfAny();
        return accounts.lockAndCountOwnedBy(userId)
                .flatMap(owned -> owned >= maxPerUser
                        ? Uni.createFrom().<Boolean>failure(new TooManyAccountsException(maxPerUser))
                        : accounts.nameTaken(userId, name))
                .flatMap(taken -> taken ? Uni.createFrom().failure(new AccountNameTakenException())
                        : insert(userId, name, currency))
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new AccountNameTakenException())
                .map(AccountView::of);
    }

    /** Opens the account every new user starts with, in the registration's transaction. */
    @WithTransaction
    public Uni<Account> openFirstAccount(long userId) {
        return insert(userId, FIRST_ACCOUNT_NAME, defaultCurrency);
    }

    private Uni<Account> insert(long userId, String name, Currency currency) {
        Account account = new Account();
        account.userId = userId;
        account.name = name;
        account.currency = currency.getCurrencyCode();
        account.balanceMinor = 0;
        account.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return accounts.persist(account);
    }

    private static String normaliseName(String raw, FieldErrors errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add("name", NAME_MISSING);
        } else if (!UnicodeText.isWellFormed(name)) {
            errors.add("name", UnicodeText.NOT_WELL_FORMED);
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            errors.add("name", "An account name has at most " + MAX_NAME_LENGTH + " characters.");
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("name", "An account name cannot contain line breaks, tabs or other control characters.");
        }
        return name;
    }
}
