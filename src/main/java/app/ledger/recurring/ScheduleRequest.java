package app.ledger.recurring;

/**
 * When a recurring entry repeats: {@code {"every": "day"|"week"|"month"|"year", "interval": 1.., "day"?: 1–31
 * (month), "weekday"?: "monday".."sunday" (week)}}; day and weekday default to those of {@code startOn}.
 */
public record ScheduleRequest(String every, Integer interval, Integer day, String weekday) {
}
