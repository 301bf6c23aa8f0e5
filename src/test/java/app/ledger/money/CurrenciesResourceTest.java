package app.ledger.money;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CurrenciesResourceTest {

    private static JsonPath currencies() {
        return given().get("/api/currencies").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void listsEveryCodeTheApiAcceptsAndNoOther() {
        List<String> accepted = new ArrayList<>();
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                for (char c = 'A'; c <= 'Z'; c++) {
                    String code = "" + a + b + c;
                    Currencies.find(code).ifPresent(currency -> accepted.add(code));
                }
            }
        }
        List<String> listed = currencies().getList("code");
        assertThat(listed).isSorted().containsExactlyElementsOf(accepted);
        assertThat(listed).hasSizeGreaterThan(150).contains("USD", "EUR", "CHF", "ISK", "KWD", "XOF")
                .doesNotContain("XAU", "XXX");
    }

    @Test
    void eachCurrencyHasItsEnglishNameAndDecimalPlaces() {
        List<Map<String, Object>> all = currencies().getList("$");
        assertThat(all).contains(Map.of("code", "EUR", "name", "Euro", "minorDigits", 2),
                Map.of("code", "JPY", "name", "Japanese Yen", "minorDigits", 0),
                Map.of("code", "KWD", "name", "Kuwaiti Dinar", "minorDigits", 3));
    }

    @Test
    void anyListedCurrencyOpensAnAccount() {
        String token = Api.newUser();
        Ledger.openAccount(token, "Krónur", "ISK");
        Ledger.openAccount(token, "Francs CFA", "XOF");
    }
}
