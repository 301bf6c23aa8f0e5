package app.ledger.journal.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.Entry;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Reading ahead by ranges hands the walk exactly the chunks that reading one chunk after another would. */
class ChainChunksTest {

    /** An account's stored entries by sequence number, counting the reads made of them. */
    private static final class Stored implements ChainChunks.Source {
        final TreeMap<Long, Entry> bySeq = new TreeMap<>();
        final List<Long> rangesStarted = new ArrayList<>();
        int followingReads;

        Stored(long... seqs) {
            for (long seq : seqs) {
                Entry entry = new Entry();
                entry.seq = seq;
                bySeq.put(seq, entry);
            }
        }

        @Override
        public Uni<List<Entry>> range(long after, long through) {
            rangesStarted.add(after);
            return Uni.createFrom().item(new ArrayList<>(bySeq.subMap(after, false, through, true).values()));
        }

        @Override
        public Uni<List<Entry>> following(long after, int limit) {
            followingReads++;
            return Uni.createFrom().item(bySeq.tailMap(after, false).values().stream().limit(limit).toList());
        }
    }

    /** The chunks one after another, as the walk reads them, until a short chunk. */
    private static List<List<Long>> walk(LongFunction<Uni<List<Entry>>> next, int size) {
        List<List<Long>> chunks = new ArrayList<>();
        long position = 0;
        while (true) {
            List<Entry> chunk = next.apply(position).await().indefinitely();
            chunks.add(chunk.stream().map(e -> e.seq).toList());
            if (chunk.size() < size) {
                return chunks;
            }
            position = chunk.get(chunk.size() - 1).seq;
        }
    }

    private static List<List<Long>> readAhead(Stored stored, int size, int depth, long counted) {
        ChainChunks chunks = new ChainChunks(stored, size, depth, counted);
        return walk(chunks::after, size);
    }

    private static List<List<Long>> oneAfterAnother(Stored stored, int size) {
        return walk(after -> stored.following(after, size), size);
    }

    private static long[] seqs(long from, long to) {
        return LongStream.rangeClosed(from, to).toArray();
    }

    @Test
    void aWholeChainIsReadByRangesAheadOfTheWalk() {
        Stored stored = new Stored(seqs(1, 10));
        assertThat(readAhead(stored, 3, 2, 10))
                .containsExactly(List.of(1L, 2L, 3L), List.of(4L, 5L, 6L), List.of(7L, 8L, 9L), List.of(10L));
        assertThat(stored.rangesStarted).containsExactly(3L, 6L, 9L);
        // the first chunk, and the short last range read again as "the entries after 9"
        assertThat(stored.followingReads).isEqualTo(2);
    }

    @Test
    void aGapIsHandedToTheWalkAsTheNextEntriesAfterIt() {
        Stored stored = new Stored(1, 2, 3, 4, 6, 7, 8, 9, 10);
        assertThat(readAhead(stored, 3, 2, 10)).isEqualTo(oneAfterAnother(stored, 3))
                .startsWith(List.of(1L, 2L, 3L), List.of(4L, 6L, 7L));
    }

    @Test
    void entriesBeyondTheCountAreStillWalked() {
        Stored stored = new Stored(seqs(1, 12));
        assertThat(readAhead(stored, 3, 2, 7)).isEqualTo(oneAfterAnother(stored, 3));
        assertThat(stored.rangesStarted).allMatch(after -> after < 7);
    }

    @Test
    void nothingIsReadAheadOfAnEmptyAccount() {
        Stored stored = new Stored();
        assertThat(readAhead(stored, 3, 2, 0)).containsExactly(List.of());
        assertThat(stored.rangesStarted).isEmpty();
    }

    @Test
    void neverMoreThanTheDepthIsReadAhead() {
        Stored stored = new Stored(seqs(1, 100));
        ChainChunks chunks = new ChainChunks(stored, 5, 2, 100);
        chunks.after(0).await().indefinitely();
        assertThat(stored.rangesStarted).containsExactly(5L, 10L);
        chunks.after(5).await().indefinitely();
        assertThat(stored.rangesStarted).containsExactly(5L, 10L, 15L);
    }

    @Test
    void randomChainsAreWalkedAlikeWithAndWithoutReadingAhead() {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            int length = random.nextInt(40);
            List<Long> kept = new ArrayList<>();
            for (long seq = 1; seq <= length; seq++) {
                if (random.nextInt(10) > 0) {
                    kept.add(seq);
                }
            }
            Stored stored = new Stored(kept.stream().mapToLong(Long::longValue).toArray());
            int size = 1 + random.nextInt(7);
            int depth = random.nextInt(4);
            long counted = Math.max(0, length + random.nextInt(7) - 3);
            assertThat(readAhead(stored, size, depth, counted))
                    .as("%s, chunks of %d, %d ahead, %d counted", kept, size, depth, counted)
                    .isEqualTo(oneAfterAnother(stored, size));
        }
    }
}
