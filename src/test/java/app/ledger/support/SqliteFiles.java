package app.ledger.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;

/**
 * Opens SQLite files directly, without DriverManager: once Quarkus tests have run in the same JVM, the
 * driver registry may not see sqlite-jdbc (notably in the PostgreSQL build).
 */
public final class SqliteFiles {

    private SqliteFiles() {
    }

    public static Connection open(String url) throws SQLException {
        return JDBC.createConnection(url, new Properties());
    }
}
