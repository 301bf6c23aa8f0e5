package app.ledger.persistence;

import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.Api;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Writes and reads that repeat the same statements leave Hibernate's query plan cache as it was. A native
 * select with a result type stores a new plan at every run, all under one hash, until the cache is full of
 * copies of it and every lookup of that statement walks them all.
 */
@QuarkusTest
@TestProfile(QueryPlanCacheTest.OwnStart.class)
class QueryPlanCacheTest {

    /** A start of its own, so that the cache is not already full from other tests. */
    public static class OwnStart implements QuarkusTestProfile {
    }

    @Inject
    Mutiny.SessionFactory sessions;

    @Test
    void repeatedDepositsAndBalanceSeriesAddNoPlans() throws Exception {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "1.00").then().statusCode(201);
        balanceSeries(token, account);
        int before = cachedPlans();
        for (int i = 0; i < 30; i++) {
            deposit(token, account, "1.00").then().statusCode(201);
            balanceSeries(token, account);
        }
        assertThat(cachedPlans() - before).as("plans added by 30 deposits and 30 balance series").isLessThan(5);
    }

    private static void balanceSeries(String token, long account) {
        Api.as(token).get("/api/accounts/" + account + "/balance-series").then().statusCode(200);
    }

    private int cachedPlans() throws Exception {
        return factory().getQueryEngine().getInterpretationCache().getNumberOfCachedQueryPlans();
    }

    /** Hibernate Reactive keeps the ORM session factory to itself. */
    private SessionFactoryImplementor factory() throws Exception {
        Object target = ClientProxy.unwrap(sessions);
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (SessionFactoryImplementor.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    return (SessionFactoryImplementor) field.get(target);
                }
            }
        }
        throw new IllegalStateException("No session factory inside " + target.getClass());
    }
}
