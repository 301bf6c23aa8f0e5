package app.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OriginsTest {

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8080, http://localhost:8080",
            "HTTP://LocalHost:8080, http://localhost:8080",
            "http://example.com, http://example.com:80",
            "https://example.com, https://example.com:443",
            "https://example.com:443, https://example.com:443",
            "http://[::1]:8080, http://::1:8080"})
    void originsAreComparedInOneForm(String header, String expected) {
        assertThat(Origins.parse(header)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "", "localhost:8080", "http://example.com/", "http://example.com/path",
            "http://user@example.com", "http://example.com?x", "file:///etc/passwd", "http://exa mple.com"})
    void anythingThatIsNotAnOriginIsNone(String header) {
        assertThat(Origins.parse(header)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"http, localhost, 8080, http://localhost:8080", "https, [::1], -1, https://::1:443",
            "http, Example.COM, -1, http://example.com:80"})
    void theServicesOwnOriginTakesTheSameForm(String scheme, String host, int port, String expected) {
        assertThat(Origins.of(scheme, host, port)).isEqualTo(expected);
    }
}
