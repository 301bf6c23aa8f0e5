package app.ledger.auth.throttle;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing: after a number of failed logins for one username, or from one client
 * address, further attempts are refused for a delay that doubles with every failure, up to a maximum.
 * It remembers at most {@code ledger.auth.throttle.max-entries} usernames and addresses, the least recently
 * failing ones being forgotten first, so no amount of traffic makes it grow beyond that.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LeastRecentlyUsed<Failures> failures;
    private final int freePerUsername;
    private final int freePerAddress;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Duration window;
    private final Clock clock;

    @Inject
    public LoginThrottle(LedgerConfig config) {
        this(config.auth().throttle().freeAttempts(), config.auth().throttle().freeAttemptsPerAddress(),
                config.auth().throttle().baseDelay(), config.auth().throttle().maxDelay(),
                config.auth().throttle().window(), config.auth().throttle().maxEntries(), Clock.systemUTC());
    }

    LoginThrottle(int freePerUsername, int freePerAddress, Duration baseDelay, Duration maxDelay, Duration window,
            int maxEntries, Clock clock) {
        this.failures = new LeastRecentlyUsed<>(maxEntries);
        this.freePerUsername = freePerUsername;
        this.freePerAddress = freePerAddress;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.window = window;
        this.clock = clock;
    }

    /** Throws {@link TooManyAttemptsException} while either the username or the address is held back. */
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Duration wait = keys(username, address).stream()
                .map(failures::get)
                .filter(f -> f != null)
                .map(f -> f.remaining(now))
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
        if (!wait.isZero() && !wait.isNegative()) {
            throw new TooManyAttemptsException(wait);
        }
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        failures.compute(userKey(username), (k, f) -> next(f, now, freePerUsername));
        failures.compute(addressKey(address), (k, f) -> next(f, now, freePerAddress));
    }

    /** A correct password clears the username's count; the address keeps its count until the window passes. */
    public void recordSuccess(String username) {
        failures.remove(userKey(username));
    }

    /** How many usernames and addresses are remembered now. */
    int trackedEntries() {
        return failures.size();
    }

    private Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || previous.isStale(now, window) ? 1 : previous.count + 1;
        Instant lockedUntil = count > free ? now.plus(delayFor(count - free)) : now;
        return new Failures(count, now, lockedUntil);
    }

    private Duration delayFor(int excess) {
        int doublings = Math.min(excess - 1, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private static List<String> keys(String username, String address) {
        return List.of(userKey(username), addressKey(address));
    }

    private static String userKey(String username) {
        return "user:" + username;
    }

    private static String addressKey(String address) {
        return "addr:" + address;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {

        Duration remaining(Instant now) {
            return Duration.between(now, lockedUntil);
        }

        boolean isStale(Instant now, Duration window) {
            return last.plus(window).isBefore(now) && !lockedUntil.isAfter(now);
        }
    }
}
