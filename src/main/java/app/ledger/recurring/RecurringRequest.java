package app.ledger.recurring;

import java.util.List;

/**
 * Body of {@code POST /api/recurring}: the entry each occurrence posts (as a deposit or withdrawal would
 * carry it) and when. {@code endOn} and {@code count} are exclusive; without either it repeats for ever.
 */
public record RecurringRequest(Long accountId, String type, String amount, String description, Long categoryId,
        String payee, List<String> tags, String notes, ScheduleRequest schedule, String startOn, String endOn,
        Integer count) {

    static RecurringRequest empty() {
        return new RecurringRequest(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
