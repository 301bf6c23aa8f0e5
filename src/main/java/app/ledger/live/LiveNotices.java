package app.ledger.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Sends {@link LiveNotice}s: to this instance's streams directly, and (on PostgreSQL) to the other instances
 * through the CDI event that {@link PostgresFanOut} forwards.
 */
@ApplicationScoped
public class LiveNotices {

    private final LiveHub hub;
    private final Event<LiveNotice> sent;
    private final ObjectMapper json;

    public LiveNotices(LiveHub hub, Event<LiveNotice> sent, ObjectMapper json) {
        this.hub = hub;
        this.sent = sent;
        this.json = json;
    }

    /** @param data rendered as the event's JSON data */
    public void send(long userId, String event, Object data) {
        LiveNotice notice = new LiveNotice(userId, event, json.valueToTree(data));
        hub.notice(notice);
        sent.fire(notice);
    }
}
