package app.ledger.persistence;

import app.ledger.config.LedgerConfig;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.properties.IfBuildProperty;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Hibernate Reactive has no SQLite client of its own: it looks up the default Vert.x {@link Pool} in CDI,
 * so on the SQLite build we hand it a JDBC pool over the Quarkus-managed Agroal datasource.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "sqlite")
public class SqlitePoolProducer {

    @Produces
    @ApplicationScoped
    @Unremovable
    Pool pool(Vertx vertx, AgroalDataSource dataSource, LedgerConfig config) {
        return JDBCPool.pool(vertx, dataSource, new JsonObject()
                .put("maxPoolSize", config.db().poolSize())
                .put("decoderCls", SqliteValues.Decoder.class.getName())
                .put("encoderCls", SqliteValues.Encoder.class.getName()));
    }

    void close(@Disposes Pool pool) {
        pool.close();
    }
}
