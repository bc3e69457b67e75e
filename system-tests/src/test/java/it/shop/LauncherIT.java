package it.shop;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The launcher's promises that need no running shop of their own. */
class LauncherIT {

    @Test
    void a_port_in_use_is_named_with_the_variable_that_moves_it() throws IOException {
        Path otherData = Files.createTempDirectory("shop-port-check");
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
             ServerSocket free = new ServerSocket(0)) {
            int freePort = free.getLocalPort();
            free.close();
            RunningShop.LauncherRun run = RunningShop.launcher("up", Map.of(
                    "SHOP_DATA_DIR", otherData.toString(),
                    "SHOP_HTTP_PORT", String.valueOf(busy.getLocalPort()),
                    "SHOP_HTTPS_PORT", String.valueOf(freePort),
                    "SHOP_INTERNAL_PORT", String.valueOf(freePort + 1),
                    "SHOP_DB_PORT", String.valueOf(freePort + 2),
                    "SHOP_BROKER_PORT", String.valueOf(freePort + 3)));
            assertNotEquals(0, run.exitCode(), run.output());
            assertTrue(run.output().contains("port " + busy.getLocalPort() + " (HTTP) is already in use"), run.output());
            assertTrue(run.output().contains("SHOP_HTTP_PORT"), run.output());
        }
    }

    @Test
    void status_reports_every_component() {
        String status = RunningShop.launcher("status");
        // With SHOP_DB_URL set (CI's pass against an external server) the database is external.
        assertTrue(status.contains("postgres   running") || status.contains("postgres   external"), status);
        assertTrue(status.contains("broker     running"), status);
        assertTrue(status.contains("liberty    running, ready"), status);
    }

    @Test
    void unknown_commands_are_refused_with_the_usage() {
        RunningShop.LauncherRun run = RunningShop.launcher("sideways", Map.of());
        assertNotEquals(0, run.exitCode());
        assertTrue(run.output().contains("usage: ./shop up | down | status"), run.output());
    }
}
