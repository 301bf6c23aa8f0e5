package app.ledger.process;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;

/**
 * Puts every line of an event stream into a queue for a test to take: {@link #OPEN} first, then the lines,
 * then {@link #END} when the stream ends or fails.
 */
record StreamLines(BlockingQueue<String> lines) implements Flow.Subscriber<String> {

    static final String OPEN = "(open)";
    static final String END = "(end of stream)";

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        lines.add(OPEN);
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        lines.add(line);
    }

    @Override
    public void onError(Throwable throwable) {
        lines.add(END);
    }

    @Override
    public void onComplete() {
        lines.add(END);
    }
}
