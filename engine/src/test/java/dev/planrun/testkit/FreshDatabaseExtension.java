package dev.planrun.testkit;

import dev.planrun.sql.DatabaseTarget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test method parameter of type {@link DatabaseTarget} a fresh, empty database on
 * the shared {@link TestPostgres}, dropped when the test ends:
 *
 * <pre>{@code
 * @ExtendWith(FreshDatabaseExtension.class)
 * class SomethingIT {
 *     @Test void works(DatabaseTarget db) { ... }
 * }
 * }</pre>
 */
public final class FreshDatabaseExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == DatabaseTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        String hint = extension.getRequiredTestMethod().getName();
        TestPostgres server = TestPostgres.get();
        DatabaseTarget db = server.createDatabase(hint);
        extension.getStore(ExtensionContext.Namespace.create(FreshDatabaseExtension.class, db.url()))
                .put("database", (ExtensionContext.Store.CloseableResource) () -> server.dropDatabase(db));
        return db;
    }
}
