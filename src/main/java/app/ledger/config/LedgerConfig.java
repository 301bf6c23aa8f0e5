package app.ledger.config;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * Everything an operator may set under {@code ledger.}, checked at start-up: a value out of range stops
 * the service with a message naming the property. README's configuration table lists each one.
 */
@ConfigMapping(prefix = "ledger")
public interface LedgerConfig {

    /** Holds the SQLite database and, unless configured elsewhere, the token signing keys. */
    Path dataDir();

    @Valid
    Db db();

    @Valid
    Accounts accounts();

    @Valid
    Auth auth();

    @Valid
    Categories categories();

    @Valid
    Passkeys passkeys();

    /** The largest amount of one deposit, withdrawal or transfer, in any currency. */
    @DecimalMin("0.01")
    @DecimalMax("1000000000000000")
    BigDecimal maxAmount();

    @Valid
    Registration registration();

    @Valid
    Oidc oidc();

    /**
     * Sign-in through an OpenID Connect identity provider (authorization code flow). Mapped onto
     * {@code quarkus.oidc.*} in application.properties; off by default, and then nothing reaches a provider.
     */
    interface Oidc {
        boolean enabled();

        /** The provider's issuer URL (its discovery document is read from there). Required when enabled. */
        Optional<@Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL") String> issuer();

        /** The client id registered at the provider. Required when enabled. */
        Optional<String> clientId();

        /** The client secret registered at the provider. Required when enabled. */
        Optional<String> clientSecret();

        /** The provider's name as the login page shows it: "Sign in with {name}". */
        @NotBlank
        @Size(max = 60)
        String name();

        /** Whether logging in (and registering) with a username and password is possible at all. */
        boolean passwordLogin();

        /**
         * Whether a first sign-in by a provider account linked to nobody creates a user. Unset: as
         * registration does ({@code ledger.registration.mode}: open, or closed but nobody registered yet).
         */
        Optional<Boolean> createUsers();
    }

    @Valid
    Writer writer();

    @Valid
    Live live();

    @Valid
    Http http();

    @Valid
    Rates rates();

    interface Rates {
        @Valid
        Ecb ecb();
    }

    /** The European Central Bank's euro reference rates: uploads, and the published set fetched on a schedule. */
    interface Ecb {
        /** Largest reference rates file accepted, uploaded or fetched, in bytes; a larger one is refused (413). */
        @Min(1024)
        @Max(1_073_741_824)
        long maxBytes();

        /** Where the scheduled fetch reads the file. */
        @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL")
        String url();

        /** How often the published rates are fetched from {@link #url()}; never when not set. */
        Optional<@DurationMin(minutes = 1) Duration> fetch();

        /** How long one fetch may take, connecting and reading the whole file; it is abandoned then. */
        @DurationMin(seconds = 1)
        @DurationMax(minutes = 30)
        Duration fetchTimeout();
    }

    @Valid
    Recurring recurring();

    @Valid
    @WithName("import")
    Imports imports();

    /** Bank statement files read into previews and committed as entries (app.ledger.imports). */
    interface Imports {
        /** Largest statement file accepted; a larger upload is refused with 413 as soon as it passes this size. */
        MemorySize maxBytes();

        /** Transactions one file may hold; one more is refused with 413. */
        @Min(1)
        @Max(10_000_000)
        int maxRows();

        /** How many days apart a row and an existing entry of the same amount and payee may be to be duplicates. */
        @Min(0)
        @Max(31)
        int duplicateDays();

        /** How long a preview that was neither committed nor deleted is kept. */
        @DurationMin(minutes = 1)
        @DurationMax(days = 365)
        Duration previewTtl();

        /** Statement files read at the same time, each on a thread of its own. */
        @Min(1)
        @Max(64)
        int maxConcurrentParses();

        /** Files that may wait for a free reader; one more is refused with 503 and Retry-After. */
        @Min(0)
        @Max(10_000)
        int parseQueue();
    }

    @Valid
    Budgets budgets();

    @Valid
    Audit audit();

    interface Audit {
        /** How long a user's security events are kept; older ones are removed every hour. */
        @DurationMin(days = 1)
        Duration retention();
    }

    interface Budgets {
        /** Budgets one user may have; creating one more is refused with 409. */
        @Min(1)
        @Max(10_000)
        int maxPerUser();
    }

    interface Db {
        /** Connections the request pool keeps open to SQLite. */
        @Min(2)
        @Max(64)
        int poolSize();

        /** Threads that serve the hot reads on SQLite, each with its own read-only connection. */
        @Min(1)
        @Max(64)
        int readers();

        /** Reads that may wait for a reader; past this a read is refused with 503 and Retry-After. */
        @Min(16)
        @Max(1_000_000)
        int readQueue();
    }

    interface Accounts {
        /** Currency of the "Main" account every new user starts with. */
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD")
        String defaultCurrency();

        /** Accounts one user may have; opening one more is refused with 409. */
        @Min(1)
        @Max(10_000)
        int maxPerUser();
    }

    interface Categories {
        /** Categories one user may have, archived ones included; creating one more is refused with 409. */
        @Min(1)
        @Max(10_000)
        int maxPerUser();
    }

    interface Auth {
        @Min(4)
        @Max(31)
        int bcryptCost();

        Duration tokenLifetime();

        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9_-]+", message = "may contain only letters, digits, _ and -")
        String cookieName();

        boolean cookieSecure();

        @Valid
        Throttle throttle();

        @Valid
        Sessions sessions();

        @Valid
        Hashing hashing();

        @Valid
        Totp totp();

        @Valid
        PersonalTokens personalTokens();
    }

    interface Passkeys {
        /**
         * The WebAuthn relying party id: the domain passkeys are bound to, the service's host name or a
         * domain it is under (no scheme, no port). A passkey registered for one id never works for another.
         */
        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9.-]+", message = "must be a domain name such as ledger.example.com")
        String rpId();

        /** The name authenticators show beside the passkey. */
        @NotBlank
        String rpName();

        /**
         * The origins ({@code scheme://host[:port]}) the web app is served from; a passkey response made on
         * any other page is refused. Each must be on {@link #rpId()} or a subdomain of it.
         */
        List<@Pattern(regexp = "https?://[^/?#@\\s]+", message = "must be an origin such as https://ledger.example.com")
                String> origins();

        /** How long a challenge may be answered: the time a person has to touch their authenticator. */
        @DurationMin(seconds = 10)
        @DurationMax(minutes = 30)
        Duration challengeLifetime();

        /** Passkeys one user may hold at once. */
        @Min(1)
        @Max(1_000)
        int maxPerUser();
    }

    interface PersonalTokens {
        /** Personal access tokens one user may hold at once. */
        @Min(1)
        @Max(10_000)
        int maxPerUser();

        /** The furthest expiry a new token may be given (a token may also not expire at all). */
        @DurationMin(days = 1)
        Duration maxLifetime();

        /** How often, at most, a token's last use is written to the database. */
        @DurationMin(seconds = 1)
        @DurationMax(days = 1)
        Duration lastUsedInterval();
    }

    interface Totp {
        /**
         * The AES-256 key (32 bytes, base64) that encrypts the stored TOTP secrets. Unset: a key derived
         * from the token signing private key. Set it to keep second factors working when that key changes.
         */
        Optional<@Pattern(regexp = "[A-Za-z0-9+/]{43}=", message = "must be 32 bytes in base64 "
                + "(openssl rand -base64 32)") String> encryptionKey();
    }

    interface Sessions {
        /**
         * Live sessions kept in memory so that a request costs no query; past it the least recently seen
         * are dropped from memory (not ended) and read from the database again when they return.
         */
        @Min(1)
        @Max(10_000_000)
        int memoryLimit();

        /** How often the time each session was last seen is written to the database. */
        @DurationMin(seconds = 1)
        @DurationMax(days = 1)
        Duration lastSeenInterval();
    }

    interface Hashing {
        /** Threads that run bcrypt: at most this many cores go to hashing passwords. */
        @Min(1)
        @Max(256)
        int threads();

        /** Passwords that may wait for a hashing thread, new ones (registrations) half of them; beyond that, 503. */
        @Min(1)
        @Max(100_000)
        int queue();
    }

    interface Throttle {
        /** Failed logins for one username from one client address before its attempts are delayed. */
        @Min(1)
        int freeAttempts();

        /** Failed logins from one client address, whatever the usernames, before its attempts are delayed. */
        @Min(1)
        int freeAttemptsPerAddress();

        /** Failed logins for one username, whatever the addresses, before every attempt for it is delayed. */
        @Min(1)
        int freeAttemptsPerUsername();

        Duration baseDelay();

        Duration maxDelay();

        /** How long a failure counts. */
        Duration window();

        /** Usernames and addresses remembered at most; the least recently failing are forgotten first. */
        @Min(100)
        @Max(10_000_000)
        int maxEntries();
    }

    interface Registration {
        /** Open: anyone may register. Closed: only a logged-in user may add users, or anyone while there are none. */
        Mode mode();

        /** Users one client address may register per hour. */
        @Min(1)
        @Max(1_000_000)
        int perAddressPerHour();

        enum Mode {
            OPEN, CLOSED
        }
    }

    interface Writer {
        /** Writes committed together in one transaction at most. */
        @Min(1)
        @Max(10_000)
        int maxBatch();

        /** Writes that may wait for the writer; beyond that, 503. */
        @Min(1)
        @Max(10_000_000)
        int maxQueued();

        /** How long the writer lets accepted writes finish when the service stops. */
        @WithDefault("PT20S")
        Duration drainTimeout();
    }

    interface Recurring {
        /** Recurring entries one user may have; creating one more is refused with 409. */
        @Min(1)
        @Max(10_000)
        int maxPerUser();

        /** How often each instance posts the occurrences that have come due. */
        @DurationMin(seconds = 1)
        @DurationMax(days = 1)
        Duration interval();
    }

    interface Live {
        /** Interval of the keep-alive comment on open event streams. */
        Duration heartbeat();

        /** Event streams one user may hold open at once (tabs and devices); one more is refused with 429. */
        @Min(1)
        @Max(10_000)
        int maxStreamsPerUser();
    }

    interface Http {
        /**
         * Origins ({@code scheme://host[:port]}) other than the service's own whose pages may make
         * cookie-authenticated changes through the API. None by default.
         */
        Optional<List<@Pattern(regexp = "https?://[^/?#@\\s]+",
                message = "must be an origin such as https://app.example.com") String>> allowedOrigins();

        /** Open connections one client address may hold at once; the next one is closed at once. */
        @Min(1)
        @Max(1_000_000)
        int maxConnectionsPerAddress();

        /** Time a connection has to send a complete request head, once open or after its last answer. */
        @DurationMin(millis = 100)
        Duration headerTimeout();

        /** Time a request has to send its whole body once its head has arrived. */
        @DurationMin(millis = 100)
        Duration bodyTimeout();
    }
}
