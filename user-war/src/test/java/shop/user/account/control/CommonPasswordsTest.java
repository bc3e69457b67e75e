package shop.user.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CommonPasswordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD123", "12345678", "woaini1314", "Qwertyuiop", "1qaz2wsx"})
    void theMostCommonAreRefusedInAnyCase(String password) {
        assertTrue(CommonPasswords.contains(password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "a new horse battery", "password1234567", "Tr0ub4dor&3x"})
    void othersPass(String password) {
        assertFalse(CommonPasswords.contains(password));
    }

    @Test
    void theListIsLoadedWithoutItsComments() {
        assertTrue(CommonPasswords.size() > 90);
        assertFalse(CommonPasswords.contains("# passwords of 8 or more characters that appear at the top of published leaked-password lists"));
        assertFalse(CommonPasswords.contains(null));
    }
}
