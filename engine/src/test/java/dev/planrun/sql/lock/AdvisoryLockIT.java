package dev.planrun.sql.lock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.planrun.sql.DatabaseTarget;
import dev.planrun.testkit.FreshDatabaseExtension;
import dev.planrun.testkit.SessionEnd;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two sessions on one database: the second learns who holds the lock, and gets it once released. */
@ExtendWith(FreshDatabaseExtension.class)
class AdvisoryLockIT {

    @Test
    void theSecondSessionSeesTheFirstAsHolderUntilItReleases(DatabaseTarget db) throws Exception {
        String name = AdvisoryLock.nameFor("omero");
        try (Connection first = db.open(); Connection second = db.open()) {
            LockAttempt got = AdvisoryLock.tryAcquire(first, name);
            assertThat(got).isInstanceOf(LockAttempt.Acquired.class);

            LockAttempt refused = AdvisoryLock.tryAcquire(second, name);
            assertThat(refused).isInstanceOf(LockAttempt.HeldElsewhere.class);
            LockHolder holder = ((LockAttempt.HeldElsewhere) refused).holder();
            assertThat(holder.pid()).isEqualTo(SessionEnd.backendPid(first));
            assertThat(holder.applicationName()).isEqualTo("planrun");
            assertThat(holder.clientAddress()).isEqualTo("127.0.0.1");
            assertThat(holder.user()).isEqualTo(db.user());
            assertThat(holder.describe()).startsWith("planrun (pid " + SessionEnd.backendPid(first)).contains("from 127.0.0.1");

            assertThat(AdvisoryLock.tryAcquire(second, AdvisoryLock.nameFor("other")))
                    .isInstanceOf(LockAttempt.Acquired.class);

            ((LockAttempt.Acquired) got).lock().close();
            assertThat(AdvisoryLock.tryAcquire(second, name)).isInstanceOf(LockAttempt.Acquired.class);
        }
    }

    @Test
    void theServerReleasesTheLockWhenTheHoldingSessionEnds(DatabaseTarget db) throws Exception {
        String name = AdvisoryLock.nameFor("ended");
        try (Connection second = db.open()) {
            Connection first = db.open();
            assertThat(AdvisoryLock.tryAcquire(first, name)).isInstanceOf(LockAttempt.Acquired.class);
            assertThat(AdvisoryLock.tryAcquire(second, name)).isInstanceOf(LockAttempt.HeldElsewhere.class);
            // closing returns before the backend exits; its locks go only with it
            SessionEnd.closeAndWaitForBackendExit(first, db);
            assertThat(AdvisoryLock.tryAcquire(second, name)).isInstanceOf(LockAttempt.Acquired.class);
        }
    }
}
