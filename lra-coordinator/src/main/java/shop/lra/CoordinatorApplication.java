package shop.lra;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Serves Narayana's coordinator resources ({@code @Path("lra-coordinator")}) from the
 * coordinator jar, so the API lives at {@code /lra-coordinator/lra-coordinator}, the path
 * Narayana's participants expect.
 */
@ApplicationPath("/")
public class CoordinatorApplication extends Application {
}
