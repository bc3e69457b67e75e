package shop.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;

class UnexpectedErrorMapperTest {

    @Test
    void a_lost_race_on_a_versioned_row_is_found_under_any_wrapping() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException("row changed"));
        assertTrue(UnexpectedErrorMapper.lostARace(new IllegalStateException("tx", atCommit)));
        assertTrue(UnexpectedErrorMapper.lostARace(new OptimisticLockException()));
        assertFalse(UnexpectedErrorMapper.lostARace(new IllegalStateException("other", new RuntimeException())));
    }
}
