package app.ledger.persistence;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.ext.jdbc.spi.JDBCColumnDescriptorProvider;
import io.vertx.ext.jdbc.spi.impl.JDBCDecoderImpl;
import io.vertx.ext.jdbc.spi.impl.JDBCEncoderImpl;
import io.vertx.sqlclient.Tuple;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How values cross the JDBC pool on SQLite. The pool's default decoder resolves a full column descriptor
 * for every cell (type name through a regular expression, column name through native code) and its encoder
 * one for every parameter; on a history page that is most of the CPU. SQLite has only five storage
 * classes and its driver already answers each cell as Long/Integer, Double, String, byte[] or null, which is
 * what Hibernate Reactive reads, and takes those same types as parameters: so cells are read by index with
 * no descriptor, and simple parameters are passed as they are. Anything else takes the default path.
 */
final class SqliteValues {

    private SqliteValues() {
    }

    /** Reads each cell by index, as the driver answers it. Created by the pool by its class name. */
    @RegisterForReflection
    public static final class Decoder extends JDBCDecoderImpl {

        @Override
        public Object parse(ResultSet rs, int pos, JDBCColumnDescriptorProvider jdbcTypeLookup) throws SQLException {
            return rs.getObject(pos);
        }
    }

    /** Passes numbers, text and booleans through; other values are encoded by the default rules. */
    @RegisterForReflection
    public static final class Encoder extends JDBCEncoderImpl {

        @Override
        public Object encode(Tuple input, int pos, JDBCColumnDescriptorProvider provider) throws SQLException {
            Object value = input.getValue(pos - 1);
            if (value == null || value instanceof Long || value instanceof Integer || value instanceof String
                    || value instanceof Double || value instanceof Boolean || value instanceof Short) {
                return value;
            }
            return super.encode(input, pos, provider);
        }
    }
}
