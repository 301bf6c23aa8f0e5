package app.ledger.journal.integrity;

import app.ledger.journal.Entry;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An account's entries in chain order, a chunk at a time, with the next chunks already being read on other
 * reader threads while the current one is checked: one reader alone was the slowest part of verify.
 *
 * <p>The chunk after sequence number {@code s} is, by definition, the next {@code size} entries after it.
 * Sequence numbers are distinct integers, so when the range {@code (s, s + size]} holds {@code size} entries it
 * holds exactly those, and can be read before {@code s} is reached. A range that holds fewer (a gap, or the end
 * of the chain) is read again as "the next entries after s", so a broken or longer chain is walked entry for
 * entry as it would be without reading ahead. At most {@code depth} chunks are read ahead, and none beyond the
 * number of entries the account counts.
 */
final class ChainChunks {

    /** Where the entries come from. */
    interface Source {
        /** The entries with a sequence number in {@code (after, through]}, in order. */
        Uni<List<Entry>> range(long after, long through);

        /** The next {@code limit} entries after this sequence number, in order. */
        Uni<List<Entry>> following(long after, int limit);
    }

    private final Source source;
    private final int size;
    private final int depth;
    private final long counted;
    private final Map<Long, Uni<List<Entry>>> ahead = new ConcurrentHashMap<>();

    ChainChunks(Source source, int size, int depth, long counted) {
        this.source = source;
        this.size = size;
        this.depth = depth;
        this.counted = counted;
    }

    /** The next {@code size} entries after this sequence number, in order. */
    Uni<List<Entry>> after(long seq) {
        Uni<List<Entry>> range = ahead.remove(seq);
        if (range == null) {
            // the walk left the grid of ranges (only after a short chunk): what was read ahead is of no use
            ahead.clear();
        }
        readAhead(seq + size);
        if (range == null) {
            return source.following(seq, size);
        }
        return range.flatMap(rows -> rows.size() == size ? Uni.createFrom().item(rows) : source.following(seq, size));
    }

    private void readAhead(long from) {
        for (int i = 0; i < depth; i++) {
            long start = from + (long) i * size;
            if (start >= counted) {
                return;
            }
            ahead.computeIfAbsent(start, after -> started(source.range(after, after + size)));
        }
    }

    /** Starts the read now; its rows (or its failure) are there when the walk asks for them. */
    private static <T> Uni<T> started(Uni<T> read) {
        Uni<T> remembered = read.memoize().indefinitely();
        remembered.subscribe().with(rows -> { }, failure -> { });
        return remembered;
    }
}
