package app.ledger.auth.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.ledger.auth.session.SessionEnded;
import app.ledger.identity.CurrentUser;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    /** Verifies by looking the token up; counts how often it was asked. */
    private static final class CountingParser extends DefaultJWTParser {
        final Map<String, Long> expiries = new HashMap<>();
        int calls;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls++;
            Long expiry = expiries.get(token);
            if (expiry == null || expiry <= NOW.getEpochSecond()) {
                throw new ParseException("refused");
            }
            JwtClaims claims = new JwtClaims();
            claims.setSubject(token);
            claims.setClaim("sid", "session of " + token);
            claims.setExpirationTime(NumericDate.fromSeconds(expiry));
            return new DefaultJWTCallerPrincipal(claims);
        }
    }

    @Test
    void verifiesEachTokenOnceUntilItExpires() throws Exception {
        CountingParser parser = new CountingParser();
        parser.expiries.put("a", NOW.getEpochSecond() + 60);
        VerifiedTokens tokens = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        JsonWebToken first = tokens.parse("a");
        assertSame(first, tokens.parse("a"));
        assertEquals(1, parser.calls);
    }

    @Test
    void neverServesATokenPastItsExpiry() throws Exception {
        CountingParser parser = new CountingParser();
        parser.expiries.put("a", NOW.getEpochSecond() + 60);
        VerifiedTokens early = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        early.parse("a");
        VerifiedTokens late = new VerifiedTokens(parser, Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        late.parse("a");
        assertEquals(2, parser.calls);
    }

    @Test
    void keepsNothingOfATokenThatFailsVerification() {
        CountingParser parser = new CountingParser();
        VerifiedTokens tokens = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertEquals(2, parser.calls);
        assertEquals(0, tokens.size());
    }

    @Test
    void remembersABoundedNumberOfTokens() throws Exception {
        CountingParser parser = new CountingParser();
        VerifiedTokens tokens = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        for (int i = 0; i < VerifiedTokens.CAPACITY + 50; i++) {
            parser.expiries.put("t" + i, NOW.getEpochSecond() + 60);
            tokens.parse("t" + i);
        }
        assertEquals(VerifiedTokens.CAPACITY, tokens.size());
    }

    @Test
    void forgetsTheTokensOfAnEndedSessionAndOnlyThose() throws Exception {
        CountingParser parser = new CountingParser();
        parser.expiries.put("a", NOW.getEpochSecond() + 60);
        parser.expiries.put("b", NOW.getEpochSecond() + 60);
        VerifiedTokens tokens = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        tokens.parse("a");
        tokens.parse("b");
        tokens.onSessionEnded(new SessionEnded("session of a", true));
        assertEquals(1, tokens.size());
        tokens.parse("b");
        assertEquals(2, parser.calls, "b is still remembered");
        tokens.parse("a");
        assertEquals(3, parser.calls, "a is verified again");
    }

    @Test
    void aVerifiedTokenKnowsItsSessionAndAnswersForEveryClaimAsTheVerifiedOne() throws Exception {
        CountingParser parser = new CountingParser();
        parser.expiries.put("a", NOW.getEpochSecond() + 60);
        VerifiedTokens tokens = new VerifiedTokens(parser, Clock.fixed(NOW, ZoneOffset.UTC));
        JsonWebToken token = tokens.parse("a");
        JsonWebToken plain = parser.parse("a");
        assertEquals("session of a", CurrentUser.sessionIdOf(token));
        assertEquals("session of a", CurrentUser.sessionIdOf(plain), "a token verified elsewhere is read as before");
        assertEquals("a", token.getSubject());
        assertEquals(NOW.getEpochSecond() + 60, token.getExpirationTime());
        assertEquals(plain.getClaimNames(), token.getClaimNames());
        assertEquals(plain.<Object>getClaim("sid").toString(), token.<Object>getClaim("sid").toString());
    }
}
