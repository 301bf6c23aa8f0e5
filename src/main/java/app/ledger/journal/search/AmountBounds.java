package app.ledger.journal.search;

import app.ledger.account.Account;
import app.ledger.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * minAmount and maxAmount across accounts of different currencies: each bound is compared in each account's
 * own minor units, exactly (12.5 is at least 13 yen and at most 12). Accounts whose currencies have the same
 * decimals share one pair of bounds. No I/O.
 *
 * @param accountIds the accounts the bounds hold for; empty when they hold for every account searched
 */
record AmountBounds(List<Long> accountIds, Long minMinor, Long maxMinor) {

    static List<AmountBounds> of(BigDecimal min, BigDecimal max, Collection<Account> accounts) {
        if (min == null && max == null) {
            return List.of();
        }
        Map<Integer, List<Long>> byDigits = new TreeMap<>();
        for (Account account : accounts) {
            byDigits.computeIfAbsent(Money.fractionDigits(Currency.getInstance(account.currency)),
                    digits -> new ArrayList<>()).add(account.id);
        }
        List<AmountBounds> bounds = new ArrayList<>();
        byDigits.forEach((digits, ids) -> bounds.add(new AmountBounds(byDigits.size() == 1 ? List.of() : ids,
                minor(min, digits, RoundingMode.CEILING), minor(max, digits, RoundingMode.FLOOR))));
        return bounds;
    }

    private static Long minor(BigDecimal amount, int digits, RoundingMode rounding) {
        if (amount == null) {
            return null;
        }
        BigDecimal minor = amount.movePointRight(digits).setScale(0, rounding);
        // beyond any amount that can be stored: clamp, the comparison stays the same
        if (minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Long.MAX_VALUE;
        }
        return minor.longValueExact();
    }
}
