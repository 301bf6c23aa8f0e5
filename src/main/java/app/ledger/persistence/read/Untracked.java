package app.ledger.persistence.read;

import org.hibernate.engine.spi.SelfDirtinessTracker;

/**
 * Entities the direct read path fills in are values to read, never to persist: their field writes are not
 * tracked as changes. (The build enhances entities so that every field write records itself, an array copy
 * each; a history page writes a thousand fields.)
 */
public final class Untracked {

    private Untracked() {
    }

    /** The new entity, with change tracking suspended before the first field is set. */
    public static <T> T of(T entity) {
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_suspendDirtyTracking(true);
        }
        return entity;
    }
}
