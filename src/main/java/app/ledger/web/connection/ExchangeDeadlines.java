package app.ledger.web.connection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines of one HTTP/1.1 connection, so that a client that sends slowly, or not at all, cannot hold
 * it: an idle connection (just opened, or after its last answer) is closed after
 * {@code ledger.http.header-timeout}; once a request's first bytes arrive its head must be complete within
 * that time too, or the client gets a 408 problem and the connection is closed; once the head is in, the
 * body must be complete within {@code ledger.http.body-timeout}. While a request is being answered,
 * however long (an event stream), no deadline runs.
 * <p>
 * Two handlers share this state: this one at the head of the pipeline sees raw bytes arrive; the
 * {@link Exchanges} one, next to Vert.x' own handler, sees decoded requests and the answers going out.
 * It also answers request heads the decoder refused (too long, not HTTP) with a problem, where Vert.x
 * would answer with an empty body. Connections that are not plain HTTP/1.1 (TLS served by this process,
 * HTTP/2) are left to Vert.x' idle timeout.
 */
final class ExchangeDeadlines extends ChannelInboundHandlerAdapter {

    static final String NAME = "ledgerDeadlines";
    private static final String EXCHANGES = "ledgerExchanges";

    private enum State { IDLE, HEAD, BODY, ANSWERING }

    private final long headerNanos;
    private final long bodyNanos;
    private ChannelHandlerContext exchanges;
    private State state = State.IDLE;
    private int unanswered;
    private boolean informational;
    private ScheduledFuture<?> timer;

    ExchangeDeadlines(Duration headerTimeout, Duration bodyTimeout) {
        this.headerNanos = headerTimeout.toNanos();
        this.bodyNanos = bodyTimeout.toNanos();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        var pipeline = ctx.pipeline();
        if (pipeline.get("httpDecoder") != null && pipeline.get("handler") != null) {
            pipeline.addBefore("handler", EXCHANGES, new Exchanges());
            exchanges = pipeline.context(EXCHANGES);
            idle();
            ctx.fireChannelActive();
        } else {
            ctx.fireChannelActive();
            pipeline.remove(this);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (state == State.IDLE) {
            state = State.HEAD;
            arm(headerNanos);
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    private void idle() {
        state = State.IDLE;
        arm(headerNanos);
    }

    private void arm(long nanos) {
        cancel();
        timer = exchanges.executor().schedule(this::expired, nanos, TimeUnit.NANOSECONDS);
    }

    private void cancel() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    private void expired() {
        timer = null;
        switch (state) {
            case IDLE, BODY -> exchanges.close();
            case HEAD -> answerAndClose(RawProblems.headTimeout());
            case ANSWERING -> { }
        }
    }

    private void answerAndClose(Object response) {
        cancel();
        exchanges.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    /** Next to Vert.x' handler: decoded requests in, answers out. */
    private final class Exchanges extends ChannelDuplexHandler {

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request) {
                if (request.decoderResult().isFailure()) {
                    ReferenceCountUtil.release(msg);
                    answerAndClose(RawProblems.invalidRequest(request.decoderResult().cause()));
                    return;
                }
                unanswered++;
                state = State.BODY;
                arm(bodyNanos);
            }
            if (msg instanceof LastHttpContent && state == State.BODY) {
                cancel();
                if (unanswered > 0) {
                    state = State.ANSWERING;
                } else {
                    idle();
                }
            }
            ctx.fireChannelRead(msg);
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof HttpResponse response) {
                informational = response.status().codeClass() == HttpStatusClass.INFORMATIONAL;
            }
            if (msg instanceof LastHttpContent && !informational && unanswered > 0) {
                unanswered--;
                if (unanswered == 0 && state == State.ANSWERING) {
                    idle();
                }
            }
            ctx.write(msg, promise);
        }
    }
}
