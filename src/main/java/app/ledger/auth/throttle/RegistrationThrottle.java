package app.ledger.auth.throttle;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits how many users one client address may register per hour: every registration costs a bcrypt hash,
 * and unlimited ones would let anyone spend the server's CPU and fill its database. Counted per address in
 * a window that opens with its first registration; at most a fixed number of addresses are remembered.
 */
@ApplicationScoped
public class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final int TRACKED_ADDRESSES = 10_000;

    private final LeastRecentlyUsed<Window> windows;
    private final int perWindow;
    private final Clock clock;

    @Inject
    public RegistrationThrottle(LedgerConfig config) {
        this(config.registration().perAddressPerHour(), TRACKED_ADDRESSES, Clock.systemUTC());
    }

    RegistrationThrottle(int perWindow, int trackedAddresses, Clock clock) {
        this.windows = new LeastRecentlyUsed<>(trackedAddresses);
        this.perWindow = perWindow;
        this.clock = clock;
    }

    /** Counts one registration from {@code address}, or throws {@link TooManyRegistrationsException}. */
    public void admit(String address) {
        Instant now = clock.instant();
        Window window = windows.compute(address, (k, current) -> {
            if (current == null || !current.end().isAfter(now)) {
                return new Window(now.plus(WINDOW), 1, true);
            }
            return current.count() < perWindow ? new Window(current.end(), current.count() + 1, true)
                    : new Window(current.end(), current.count(), false);
        });
        if (!window.admitted()) {
            throw new TooManyRegistrationsException(Duration.between(now, window.end()));
        }
    }

    int trackedAddresses() {
        return windows.size();
    }

    private record Window(Instant end, int count, boolean admitted) {
    }
}
