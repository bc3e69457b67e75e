package shop.platform.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class OversizedBodyTest {

    /** Stands in for Liberty's exception, which is matched by its name. */
    static class MessageTooLargeException extends IOException {
        MessageTooLargeException() {
            super("Size=4194914");
        }
    }

    @Test
    void aBodyCutOffByTheServerIsRecognisedHoweverItIsWrapped() {
        assertTrue(OversizedBody.causedBy(new MessageTooLargeException()));
        assertTrue(OversizedBody.causedBy(new jakarta.json.bind.JsonbException("cannot parse", new IllegalStateException(new MessageTooLargeException()))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(OversizedBody.causedBy(new IOException("broken pipe")));
        assertFalse(OversizedBody.causedBy(new jakarta.json.bind.JsonbException("bad")));
        assertFalse(OversizedBody.causedBy(null));
    }
}
