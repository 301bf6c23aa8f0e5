package app.ledger.auth.throttle;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A map that never holds more than {@code capacity} entries: adding one more forgets the entry used least
 * recently. It keeps throttling state bounded whatever the traffic, at the price of forgetting the quietest
 * keys first. Every operation holds one lock for a few map operations only.
 */
final class LeastRecentlyUsed<V> {

    private final int capacity;
    private final LinkedHashMap<String, V> entries;

    LeastRecentlyUsed(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > LeastRecentlyUsed.this.capacity;
            }
        };
    }

    synchronized V get(String key) {
        return entries.get(key);
    }

    /** As {@link Map#compute}: a null result removes the entry. */
    synchronized V compute(String key, BiFunction<String, V, V> update) {
        return entries.compute(key, update);
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    synchronized int size() {
        return entries.size();
    }

    int capacity() {
        return capacity;
    }
}
