package app.ledger.recurring;

/** Rolls back a scheduled write whose occurrence is recorded already. Never reaches a client. */
class OccurrenceAlreadyHandledException extends RuntimeException {

    OccurrenceAlreadyHandledException(OccurrenceKey key) {
        super("Occurrence " + key.occursOn() + " of schedule " + key.scheduleId() + " was handled already", null,
                false, false);
    }
}
