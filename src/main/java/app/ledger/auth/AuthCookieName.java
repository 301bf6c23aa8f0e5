package app.ledger.auth;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * The session cookie's name, decided in one place for the side that sets it ({@link AuthCookie}) and the
 * side that reads it (SmallRye JWT's {@code mp.jwt.token.cookie}, which this interceptor answers).
 * Served over HTTPS ({@code ledger.auth.cookie-secure=true}) the name carries the {@code __Host-} prefix:
 * browsers then accept the cookie only if it is Secure, for path {@code /} and without a Domain, so
 * neither a sibling subdomain nor a plain-HTTP page on the same host can plant or overwrite it.
 * Registered in META-INF/services/io.smallrye.config.ConfigSourceInterceptor.
 */
@Priority(Priorities.APPLICATION)
public class AuthCookieName implements ConfigSourceInterceptor {

    static final String HOST_PREFIX = "__Host-";
    private static final String JWT_COOKIE = "mp.jwt.token.cookie";
    private static final String NAME = "ledger.auth.cookie-name";
    private static final String SECURE = "ledger.auth.cookie-secure";

    public static String of(String configuredName, boolean secure) {
        return secure ? HOST_PREFIX + configuredName : configuredName;
    }

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!JWT_COOKIE.equals(name)) {
            return context.proceed(name);
        }
        // restart: look the two settings up through the whole chain, profiles and expressions included
        ConfigValue configuredName = context.restart(NAME);
        if (configuredName == null || configuredName.getValue() == null) {
            return context.proceed(name);
        }
        ConfigValue secure = context.restart(SECURE);
        boolean isSecure = secure != null && Boolean.parseBoolean(secure.getValue());
        return configuredName.from()
                .withName(JWT_COOKIE)
                .withValue(of(configuredName.getValue(), isSecure))
                .withRawValue(of(configuredName.getValue(), isSecure))
                .build();
    }
}
