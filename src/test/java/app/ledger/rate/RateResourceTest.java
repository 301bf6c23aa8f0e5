package app.ledger.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateResourceTest {

    @Inject
    AgroalDataSource dataSource;

    static Response post(String token, Object date, Object base, Object quote, Object rate) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date);
        body.put("base", base);
        body.put("quote", quote);
        body.put("rate", rate);
        return Api.jsonAs(token).body(body).post("/api/rates");
    }

    private long ratesOf(String token) {
        return new Database(dataSource).count("SELECT count(*) FROM exchange_rates WHERE user_id = ?",
                Long.parseLong(Api.claim(token, "sub")));
    }

    @Test
    void anEnteredRateIsAddedAndListedWithItsSource() {
        String token = Api.newUser();
        Response created = post(token, "2024-05-17", "EUR", "USD", "1.08560");
        created.then().statusCode(201)
                .header("Location", endsWith("/api/rates/" + created.path("id")))
                .body("date", equalTo("2024-05-17"))
                .body("base", equalTo("EUR"))
                .body("quote", equalTo("USD"))
                .body("rate", equalTo("1.0856"))
                .body("source", equalTo("user"))
                .body("published", equalTo(false));

        Api.as(token).queryParam("base", "EUR").queryParam("quote", "USD").get("/api/rates").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(created.path("id")))
                .body("items[0].rate", equalTo("1.0856"))
                .body("nextCursor", nullValue());
        assertThat(new Database(dataSource).rows("SELECT rate, day FROM exchange_rates WHERE id = ?",
                ((Number) created.path("id")).longValue()))
                .containsExactly(Map.of("rate", "1.0856", "day", LocalDate.of(2024, 5, 17).toEpochDay()));
    }

    @Test
    void postingTheSameDayAndPairAgainReplacesTheRate() {
        String token = Api.newUser();
        int id = post(token, "2024-05-17", "EUR", "USD", "1.0856").then().statusCode(201).extract().path("id");
        post(token, "2024-05-17", "EUR", "USD", "1.0901").then().statusCode(200)
                .body("id", equalTo(id))
                .body("rate", equalTo("1.0901"));
        post(token, "2024-05-17", "USD", "EUR", "0.92").then().statusCode(201);
        post(token, "2024-05-18", "EUR", "USD", "1.0901").then().statusCode(201);

        Api.as(token).queryParam("from", "2024-05-17").queryParam("to", "2024-05-17").queryParam("base", "EUR")
                .get("/api/rates").then().statusCode(200)
                .body("items.rate", equalTo(List.of("1.0901")));
        assertThat(ratesOf(token)).isEqualTo(3);
    }

    @Test
    void theSameRatePostedManyTimesAtOnceIsStoredOnce() {
        String token = Api.newUser();
        List<Integer> statuses = Parallel.run(6, 6,
                i -> post(token, "2024-06-03", "EUR", "NZD", "1.77" + i).statusCode());
        assertThat(statuses).containsOnly(200, 201).contains(201);
        assertThat(ratesOf(token)).isEqualTo(1);
    }

    @Test
    void anotherUsersRateIsNotFoundNotListedAndNotDeleted() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        int id = post(alice, "2024-05-17", "EUR", "CHF", "0.9876").then().statusCode(201).extract().path("id");

        Api.as(bob).delete("/api/rates/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-not-found"));
        Api.as(bob).get("/api/rates?base=EUR&quote=CHF").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        assertThat(ratesOf(alice)).isEqualTo(1);

        Api.as(alice).delete("/api/rates/" + id).then().statusCode(204);
        Api.as(alice).delete("/api/rates/" + id).then().statusCode(404);
        assertThat(ratesOf(alice)).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndChangesNothing() {
        String token = Api.newUser();
        String tomorrowButOne = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        Object[][] cases = {
                {"2024-05-17", "EUR", "USD", "1,0856", "rate"},
                {"2024-05-17", "EUR", "USD", "0", "rate"},
                {"2024-05-17", "EUR", "USD", "0.000", "rate"},
                {"2024-05-17", "EUR", "USD", "-1.08", "rate"},
                {"2024-05-17", "EUR", "USD", "1e3", "rate"},
                {"2024-05-17", "EUR", "USD", " 1.08", "rate"},
                {"2024-05-17", "EUR", "USD", "1.0000000000001", "rate"},
                {"2024-05-17", "EUR", "USD", "1234567890", "rate"},
                {"2024-05-17", "EUR", "USD", "123456789.1234567", "rate"},
                {"2024-05-17", "EUR", "USD", null, "rate"},
                {"2024-05-17", "EUR", "EUR", "1", "quote"},
                {"2024-05-17", "EUR", "XYZ", "1.08", "quote"},
                {"2024-05-17", "XAU", "USD", "1.08", "base"},
                {"2024-05-17", "eur", "USD", "1.08", "base"},
                {"2024-05-17", null, "USD", "1.08", "base"},
                {"2024-02-30", "EUR", "USD", "1.08", "date"},
                {"17.05.2024", "EUR", "USD", "1.08", "date"},
                {"1998-12-31", "EUR", "USD", "1.08", "date"},
                {tomorrowButOne, "EUR", "USD", "1.08", "date"},
                {null, "EUR", "USD", "1.08", "date"},
                {"2024-05-17", "EUR", "USD", 1.08, "rate"},
        };
        for (Object[] c : cases) {
            post(token, c[0], c[1], c[2], c[3]).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(c[4]));
        }
        Api.jsonAs(token).body("[]").post("/api/rates").then().statusCode(400)
                .contentType("application/problem+json");
        Api.jsonAs(token).body("{\"date\":").post("/api/rates").then().statusCode(400)
                .contentType("application/problem+json");
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void tomorrowIsAcceptedForTimeZonesAhead() {
        String token = Api.newUser();
        post(token, LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(), "EUR", "USD", "1.08")
                .then().statusCode(201);
        post(token, "1999-01-01", "EUR", "USD", "999999999.000000000001")
                .then().statusCode(400);
        post(token, "1999-01-01", "EUR", "USD", "0.000000000001").then().statusCode(201)
                .body("rate", equalTo("0.000000000001"));
    }

    @Test
    void theListIsKeysetPagedNewestDayFirst() {
        String token = Api.newUser();
        for (int day = 1; day <= 5; day++) {
            post(token, "2023-01-0" + day, "GBP", "JPY", "18" + day + ".5").then().statusCode(201);
        }
        post(token, "2023-01-03", "GBP", "CHF", "1.1").then().statusCode(201);

        Response first = Api.as(token).queryParam("base", "GBP").queryParam("limit", 4).get("/api/rates");
        first.then().statusCode(200)
                .body("items.date", equalTo(List.of("2023-01-05", "2023-01-04", "2023-01-03", "2023-01-03")))
                .body("items[2].quote", equalTo("CHF"))
                .body("nextCursor", not(nullValue()));
        Api.as(token).queryParam("base", "GBP").queryParam("limit", 4)
                .queryParam("cursor", first.path("nextCursor").toString()).get("/api/rates").then().statusCode(200)
                .body("items.date", equalTo(List.of("2023-01-02", "2023-01-01")))
                .body("nextCursor", nullValue());

        Api.as(token).queryParam("cursor", "bm90IG91cnM").get("/api/rates").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.as(token).queryParam("limit", 0).get("/api/rates").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.as(token).queryParam("from", "2023-02-01").queryParam("to", "2023-01-01").get("/api/rates")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(token).queryParam("base", "NOPE").get("/api/rates").then().statusCode(400)
                .body("errors[0].field", equalTo("base"));
    }

    @Test
    void publishedRatesAreSeenByEveryUserAndCannotBeDeleted() {
        Database db = new Database(dataSource);
        long day = LocalDate.of(2002, 2, 1).toEpochDay();
        db.update("DELETE FROM exchange_rates WHERE user_id IS NULL AND base = 'EUR' AND quote = 'SEK' AND day = ?",
                day);
        db.update("INSERT INTO exchange_rates (user_id, source, day, base, quote, rate, updated_at) "
                + "VALUES (NULL, 'ecb', ?, 'EUR', 'SEK', '9.1234', 0)", day);
        long id = db.count("SELECT id FROM exchange_rates WHERE user_id IS NULL AND quote = 'SEK' AND day = ?", day);

        for (String token : List.of(Api.newUser(), Api.newUser())) {
            Api.as(token).queryParam("quote", "SEK").queryParam("from", "2002-02-01").queryParam("to", "2002-02-01")
                    .get("/api/rates").then().statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].id", equalTo((int) id))
                    .body("items[0].rate", equalTo("9.1234"))
                    .body("items[0].source", equalTo("ecb"))
                    .body("items[0].published", equalTo(true));
            Api.as(token).delete("/api/rates/" + id).then().statusCode(404);
        }
        assertThat(db.count("SELECT count(*) FROM exchange_rates WHERE id = ?", id)).isEqualTo(1);
        db.update("DELETE FROM exchange_rates WHERE id = ?", id); // other tests' lookups must not meet it
    }

    @Test
    void ratesNeedALogin() {
        io.restassured.RestAssured.given().get("/api/rates").then().statusCode(401);
        io.restassured.RestAssured.given().contentType("application/json").body("{}").post("/api/rates")
                .then().statusCode(401).body("detail", containsString("log"));
    }
}
