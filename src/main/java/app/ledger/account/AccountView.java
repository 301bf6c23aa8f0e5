package app.ledger.account;

import app.ledger.money.Money;
import java.time.Instant;
import java.util.Currency;

/** An account as the API shows it; the balance is a decimal string in the account's currency. */
public record AccountView(long id, String name, String currency, String balance, Instant createdAt) {

    static AccountView of(Account account) {
        return new AccountView(account.id, account.name, account.currency,
                Money.format(account.balanceMinor, Currency.getInstance(account.currency)), account.createdAt);
    }
}
