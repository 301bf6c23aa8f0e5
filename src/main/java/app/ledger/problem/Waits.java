package app.ledger.problem;

/** How long someone has to wait, in words: "1 second", "30 seconds", "15 minutes". */
public final class Waits {

    /** Below this many seconds a wait is said in seconds, from it on in whole minutes, rounded up. */
    private static final long SAID_IN_MINUTES_FROM = 120;

    private Waits() {
    }

    public static String inWords(long seconds) {
        long wait = Math.max(1, seconds);
        return wait < SAID_IN_MINUTES_FROM ? count(wait, "second") : count((wait + 59) / 60, "minute");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
