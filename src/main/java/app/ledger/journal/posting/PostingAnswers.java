package app.ledger.journal.posting;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** How the write resources answer a result: 201 with the (first) answer's exact body, or the refusal. */
public final class PostingAnswers {

    private PostingAnswers() {
    }

    public static Response of(PostingResult result) {
        if (result instanceof PostingResult.Refused refused) {
            throw refused.problem();
        }
        String body = result instanceof PostingResult.Applied applied ? applied.body()
                : ((PostingResult.Replayed) result).body();
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
