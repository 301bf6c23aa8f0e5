package app.ledger.auth.throttle;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing. Failed logins are counted for three things: one username from one client
 * address, one address (whatever the usernames), and one username (whatever the addresses). Once one of them
 * has used its free failures, further attempts it covers are refused for a delay that doubles with every
 * failure, up to a maximum. Failures from one address therefore never hold back the right password from
 * another one, unless so many addresses fail for one username that it looks like distributed guessing.
 * It remembers at most {@code ledger.auth.throttle.max-entries} keys, the least recently failing ones being
 * forgotten first, so no amount of traffic makes it grow beyond that.
 */
@ApplicationScoped
public class LoginThrottle {

    private final LeastRecentlyUsed<Failures> failures;
    private final LedgerConfig.Throttle settings;
    private final Clock clock;

    @Inject
    public LoginThrottle(LedgerConfig config) {
        this(config.auth().throttle(), Clock.systemUTC());
    }

    LoginThrottle(LedgerConfig.Throttle settings, Clock clock) {
        this.failures = new LeastRecentlyUsed<>(settings.maxEntries());
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws {@link TooManyAttemptsException} while the pair, the address or the username is held back. */
    public void checkAllowed(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Rule rule : rules(username, address)) {
            Failures f = failures.get(rule.key());
            if (f != null && f.remaining(now).compareTo(wait) > 0) {
                wait = f.remaining(now);
            }
        }
        if (!wait.isZero()) {
            throw new TooManyAttemptsException(wait);
        }
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        for (Rule rule : rules(username, address)) {
            failures.compute(rule.key(), (k, previous) -> next(previous, now, rule.free()));
        }
    }

    /**
     * The right password clears what this address got wrong for this username. The address and the username
     * keep their counts until the window passes: one success does not excuse guessing at other accounts.
     */
    public void recordSuccess(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    /** How many keys are remembered now. */
    int trackedEntries() {
        return failures.size();
    }

    private List<Rule> rules(String username, String address) {
        return List.of(new Rule(pairKey(username, address), settings.freeAttempts()),
                new Rule("addr:" + address, settings.freeAttemptsPerAddress()),
                new Rule("user:" + username, settings.freeAttemptsPerUsername()));
    }

    private static String pairKey(String username, String address) {
        // a username never contains a space, so the pair cannot be confused with another one
        return "pair:" + username + " " + address;
    }

    /** With {@code free} free failures, the failure that uses the last one starts the first delay. */
    private Failures next(Failures previous, Instant now, int free) {
        Duration window = settings.window();
        int count = previous == null || previous.isStale(now, window) ? 1 : previous.count() + 1;
        Instant lockedUntil = count >= free ? now.plus(delayFor(count - free)) : now;
        return new Failures(count, now, lockedUntil);
    }

    private Duration delayFor(int failuresBeyondFree) {
        int doublings = Math.min(failuresBeyondFree, 30);
        Duration delay = settings.baseDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private record Rule(String key, int free) {
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
