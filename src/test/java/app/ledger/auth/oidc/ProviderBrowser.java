package app.ledger.auth.oidc;

import io.restassured.RestAssured;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A browser as far as the code flow needs one: keeps cookies (by path, as a browser does), follows redirects
 * one by one and records every Set-Cookie it was sent. The stand-in's sign-in page is a form for a username and
 * password that its /login handler does not check; "submitting" it is a GET of /login with the state and
 * redirect_uri the page was opened with.
 */
final class ProviderBrowser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = "http://localhost:" + RestAssured.port;
    final List<String> setCookies = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();

    /** Opens the sign-in route and goes where it leads until the app answers with an address of its own. */
    String signIn() {
        HttpResponse<String> response = get(URI.create(base + "/api/auth/oidc/login"));
        for (int hop = 0; hop < 10; hop++) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() == 200 && response.uri().getPath().startsWith("/auth/realms/quarkus")) {
                Map<String, String> query = query(response.uri());
                URI submit = response.uri().resolve("/login?state=" + encode(query.get("state"))
                        + "&redirect_uri=" + encode(query.get("redirect_uri")));
                response = get(submit);
                continue;
            }
            if (location == null) {
                throw new AssertionError("the sign-in stopped at " + response.uri() + " with " + response.statusCode()
                        + ": " + response.body() + " after " + visited);
            }
            URI next = response.uri().resolve(location);
            if (response.statusCode() == 303 && !next.getPath().startsWith("/api/")) {
                return location;
            }
            response = get(next);
        }
        throw new AssertionError("too many redirects");
    }

    /** The value of a cookie this browser holds for the address, or null. */
    String cookie(String path, String name) {
        return cookies.getCookieStore().get(URI.create(base + path)).stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Every cookie this browser holds for the address. */
    List<String> cookieNames(String path) {
        return cookies.getCookieStore().get(URI.create(base + path)).stream().map(HttpCookie::getName).toList();
    }

    void addCookie(String setCookie) {
        try {
            cookies.put(URI.create(base + "/api/me/identity-links/start"), Map.of("Set-Cookie", List.of(setCookie)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(URI uri) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            setCookies.addAll(response.headers().allValues("Set-Cookie"));
            visited.add(response.statusCode() + " " + uri);
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
