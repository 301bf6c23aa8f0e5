package app.ledger.journal.history;

/**
 * How a balance series is cut from an account's entries. Within an account entries are numbered 1, 2, 3 …
 * in the order of their times, so the entries of a range are the sequence numbers between the last one
 * before it and the last one in it. When they fit, each is a point; otherwise the range is cut into equal
 * buckets and each point is the balance at the end of its bucket (the last entry in it, or the balance
 * carried over from before).
 */
record SeriesSampling(long fromMicros, long toMicros, int points) {

    SeriesSampling {
        if (toMicros <= fromMicros || points < 2) {
            throw new IllegalArgumentException("an empty range or fewer than two points");
        }
    }

    /** True when the start point, every entry of the range and the end point fit in the series. */
    boolean everyEntryFits(long seqBefore, long seqAtEnd) {
        return seqAtEnd - seqBefore <= points - 2;
    }

    /** Number of buckets: one less than the points, but never narrower than a microsecond. */
    long buckets() {
        return Math.min(points - 1L, toMicros - fromMicros);
    }

    /** Width of a bucket in microseconds; the last one absorbs the remainder and ends exactly at {@code to}. */
    long step() {
        return (toMicros - fromMicros) / buckets();
    }

    /** End of the i-th bucket, for i from 1 to {@link #buckets()}. */
    long bucketEnd(long i) {
        return i == buckets() ? toMicros : fromMicros + step() * i;
    }
}
