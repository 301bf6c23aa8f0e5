package app.ledger.rate.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.RawHttp;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EcbResourceTest {

    @Inject
    AgroalDataSource dataSource;

    static Response upload(String token, byte[] xml, String mediaType) {
        return Api.as(token).contentType(mediaType).body(xml).post("/api/rates/ecb").then().log().ifValidationFails()
                .extract().response();
    }

    static Response upload(String token, String xml) {
        return upload(token, xml.getBytes(StandardCharsets.UTF_8), "application/xml");
    }

    private long ratesOf(String token) {
        return new Database(dataSource).count("SELECT count(*) FROM exchange_rates WHERE user_id = ?",
                Long.parseLong(Api.claim(token, "sub")));
    }

    private long published() {
        return new Database(dataSource).count("SELECT count(*) FROM exchange_rates WHERE user_id IS NULL");
    }

    @Test
    void theDailySampleIsImportedIntoTheUsersOwnRates() {
        String token = Api.newUser();
        long publishedBefore = published();
        upload(token, EcbSamples.bytes(EcbSamples.DAILY), "application/xml").then().statusCode(200)
                .body("days", equalTo(1))
                .body("rates", equalTo(30))
                .body("added", equalTo(30))
                .body("replaced", equalTo(0))
                .body("skipped", equalTo(0))
                .body("first", equalTo("2025-03-14"))
                .body("last", equalTo("2025-03-14"));

        assertThat(ratesOf(token)).isEqualTo(30);
        assertThat(published()).isEqualTo(publishedBefore);
        Api.as(token).get("/api/rates?base=EUR&quote=GBP&from=2025-03-14&to=2025-03-14").then().statusCode(200)
                .body("items.find { !it.published }.rate", equalTo("0.84058"))
                .body("items.find { !it.published }.source", equalTo("ecb"));
        Api.as(token).get("/api/rates?base=EUR&quote=IDR&from=2025-03-14&to=2025-03-14").then()
                .body("items.find { !it.published }.rate", equalTo("17859.66"));
        Api.as(Api.newUser()).get("/api/rates?base=EUR&quote=GBP&from=2025-03-14&to=2025-03-14").then()
                .body("items.findAll { !it.published }.size()", equalTo(0));
    }

    @Test
    void theNinetyDayFileImportsEveryDayAndAnotherImportReplacesTheSameDays() {
        String token = Api.newUser();
        upload(token, EcbSamples.bytes(EcbSamples.NINETY_DAYS), "text/xml").then().statusCode(200)
                .body("days", equalTo(4))
                .body("rates", equalTo(120))
                .body("added", equalTo(120))
                .body("replaced", equalTo(0))
                .body("first", equalTo("2025-03-12"))
                .body("last", equalTo("2025-03-17"));
        upload(token, EcbSamples.bytes(EcbSamples.DAILY), "application/xml; charset=UTF-8").then().statusCode(200)
                .body("days", equalTo(1))
                .body("added", equalTo(0))
                .body("replaced", equalTo(30));
        assertThat(ratesOf(token)).isEqualTo(120);
        Api.as(token).get("/api/rates?base=EUR&quote=USD&limit=10").then().statusCode(200)
                .body("items.findAll { !it.published }.date", equalTo(
                        java.util.List.of("2025-03-17", "2025-03-14", "2025-03-13", "2025-03-12")))
                .body("items.findAll { !it.published }.rate", equalTo(
                        java.util.List.of("1.0872", "1.0878", "1.0881", "1.0869")));
    }

    @Test
    void aFileLargerThanOtherBodiesIsAcceptedUpToTheRatesLimit() {
        String token = Api.newUser();
        String file = EcbSamples.ofDays(LocalDate.of(2020, 12, 31), 150);
        assertThat(file.length()).isBetween(64 * 1024, 256 * 1024);
        upload(token, file).then().statusCode(200).body("days", equalTo(150)).body("rates", equalTo(4500));
        assertThat(ratesOf(token)).isEqualTo(4500);
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndNothingIsStored() {
        String token = Api.newUser();
        String file = EcbSamples.ofDays(LocalDate.of(2019, 12, 31), 250);
        assertThat(file.length()).isGreaterThan(256 * 1024);
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        // The answer comes as soon as Content-Length announces too much, and the connection is then closed: an
        // ordinary client still writing the rest of the body would see a broken pipe instead of the answer.
        try (RawHttp http = RawHttp.connect()) {
            http.send("POST /api/rates/ecb HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/xml\r\nContent-Length: " + bytes.length + "\r\n\r\n");
            http.send(Arrays.copyOf(bytes, 16 * 1024));
            RawHttp.Answer answer = http.answerWithin(Duration.ofSeconds(5));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"/problems/body-too-large\"")
                    .contains("ledger.rates.ecb.max-bytes");
            assertThat(http.closedWithin(Duration.ofSeconds(5))).isTrue();
        }
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsStored() {
        String token = Api.newUser();
        upload(token, EcbSamples.EXTERNAL_ENTITY).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-rates-file"))
                .body("line", equalTo(2))
                .body("detail", containsString("DOCTYPE"));
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void entityExpansionIsRefusedAndNothingIsStored() {
        String token = Api.newUser();
        long started = System.nanoTime();
        upload(token, EcbSamples.BILLION_LAUGHS).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-rates-file"))
                .body("detail", containsString("DOCTYPE"));
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void aFileThatBreaksOffIsRefusedNamingTheLineAndNoneOfItsDaysAreStored() {
        String token = Api.newUser();
        String whole = EcbSamples.ofDays(LocalDate.of(2021, 6, 30), 20);
        String broken = whole.substring(0, whole.length() - 200) + "<Cube currency='USD' rate=1.0/>\n";
        int line = (int) broken.lines().count();
        upload(token, broken).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-rates-file"))
                .body("line", equalTo(line))
                .body("detail", startsWith("Line " + line + ": The file is not well-formed XML"));
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void theApiDescriptionShowsAnXmlUploadAndNothingOfTheServer() {
        String description = io.restassured.RestAssured.given().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String upload = description.substring(description.indexOf("/api/rates/ecb:"));
        assertThat(upload.substring(0, Math.min(upload.length(), 3000))).contains("application/xml")
                .doesNotContain("RoutingContext");
    }

    @Test
    void onlyXmlIsAcceptedAndOnlyFromALoggedInUser() {
        String token = Api.newUser();
        upload(token, EcbSamples.bytes(EcbSamples.DAILY), "application/json").then().statusCode(415)
                .contentType("application/problem+json").body("detail", containsString("application/xml"));
        io.restassured.RestAssured.given().contentType("application/xml").body(EcbSamples.bytes(EcbSamples.DAILY))
                .post("/api/rates/ecb").then().statusCode(401);
        assertThat(ratesOf(token)).isZero();
    }

    @Test
    void anUploadWithoutCredentialsIsAnsweredBeforeItsBodyIsRead() {
        // announces 200,000 bytes and sends none: a server reading the body first would wait for them
        try (RawHttp http = RawHttp.connect()) {
            RawHttp.Answer answer = http.send("POST /api/rates/ecb HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/xml\r\nContent-Length: 200000\r\n\r\n")
                    .answerWithin(Duration.ofSeconds(3));
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.headers().get("content-type")).startsWith("application/problem+json");
        }
    }
}
