package shop.platform.saga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;

import org.junit.jupiter.api.Test;

import shop.platform.problem.ProblemException;

class SagasTest {

    private static final String BASE = "http://127.0.0.1:9081/lra-coordinator/lra-coordinator/";

    @Test
    void an_lra_of_our_coordinator_is_addressed_by_its_local_id() {
        assertEquals("0_ffff7f000001_a1e1_6b0a785a_8d",
                Sagas.uid(BASE, URI.create("http://127.0.0.1:9081/lra-coordinator/lra-coordinator/0_ffff7f000001_a1e1_6b0a785a_8d")));
    }

    @Test
    void any_other_uri_is_refused_so_a_forged_saga_id_reaches_nobody_else() {
        assertThrows(ProblemException.class, () -> Sagas.uid(BASE, URI.create("http://evil.example/lra-coordinator/lra-coordinator/1")));
        assertThrows(ProblemException.class,
                () -> Sagas.uid(BASE, URI.create("http://127.0.0.1:9081/lra-coordinator/lra-coordinator/1/close")));
        assertThrows(ProblemException.class, () -> Sagas.uid(BASE, URI.create("http://127.0.0.1:9081/lra-coordinator/lra-coordinator/")));
    }
}
