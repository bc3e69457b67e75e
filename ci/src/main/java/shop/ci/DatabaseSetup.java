package shop.ci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;

/**
 * Prepares the shop's PostgreSQL database before any server starts: one schema per service,
 * owned by that service's own database user, and each schema migrated with its versioned
 * scripts. Running Flyway here, outside Liberty, keeps the migrations independent of the
 * application server's class loading.
 *
 * <p>Input comes from the environment (see {@link #main}); the result is an env file naming
 * the user and password each service's dataSource logs in with. When the administrative user
 * may not create roles (a managed external server), every schema is owned by that user.
 */
public final class DatabaseSetup {

    /** One summary line per schema is enough on the launcher's console (held: JUL forgets levels of unreferenced loggers). */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");

    private final String url;
    private final String adminUser;
    private final String adminPassword;

    DatabaseSetup(String url, String adminUser, String adminPassword) {
        this.url = url;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /**
     * Environment: {@code SHOP_DB_URL}, {@code SHOP_DB_USER}, {@code SHOP_DB_PASSWORD} (a user
     * allowed to create schemas), {@code SHOP_DB_<SCHEMA>_PASSWORD} per service. Arguments: the
     * migrations folder (one sub-folder per schema), the env file to write, then the schemas.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DatabaseSetup <migrations-dir> <env-out> <schema>...");
            System.exit(2);
        }
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        Map<String, String> env = System.getenv();
        DatabaseSetup setup = new DatabaseSetup(required(env, "SHOP_DB_URL"), required(env, "SHOP_DB_USER"),
                env.getOrDefault("SHOP_DB_PASSWORD", ""));
        if (Boolean.parseBoolean(env.getOrDefault("SHOP_DB_CREATE_DATABASE", "false"))) {
            setup.ensureDatabase();
        }
        Path migrations = Path.of(args[0]);
        List<ServiceLogin> logins = new ArrayList<>();
        boolean ownRoles = setup.mayCreateRoles();
        for (int i = 2; i < args.length; i++) {
            String schema = args[i];
            ServiceLogin login = ownRoles
                    ? new ServiceLogin(schema, schema, required(env, "SHOP_DB_" + schema.toUpperCase() + "_PASSWORD"))
                    : new ServiceLogin(schema, setup.adminUser, setup.adminPassword);
            setup.provision(login, ownRoles);
            int applied = setup.migrate(login, migrations.resolve(schema));
            System.out.printf("  schema %-14s owner %-14s %d migration(s) applied%n", schema, login.user(), applied);
            logins.add(login);
        }
        writeEnv(Path.of(args[1]), logins);
    }

    /**
     * Creates the database named by the URL when it is missing; used for the embedded server,
     * whose fresh cluster holds only the maintenance database {@code postgres}.
     */
    void ensureDatabase() throws SQLException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot find the database name in " + url);
        }
        String database = m.group(2);
        try (Connection c = DriverManager.getConnection(m.group(1) + "postgres" + m.group(3), adminUser, adminPassword);
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            q.setString(1, database);
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + ident(database) + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
            }
        }
    }

    boolean mayCreateRoles() throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
            return r.next() && r.getBoolean(1);
        }
    }

    void provision(ServiceLogin login, boolean ownRole) throws SQLException {
        try (Connection c = admin()) {
            if (ownRole) {
                boolean exists;
                try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                    q.setString(1, login.user());
                    try (ResultSet r = q.executeQuery()) {
                        exists = r.next();
                    }
                }
                try (Statement s = c.createStatement()) {
                    // Passwords are generated alphanumerics; quoting keeps any other value safe too.
                    String password = login.password().replace("'", "''");
                    s.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + ident(login.user())
                            + " LOGIN PASSWORD '" + password + "'");
                    s.execute("GRANT " + ident(login.user()) + " TO CURRENT_USER");
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + ident(login.schema()) + " AUTHORIZATION " + ident(login.user()));
            }
        }
    }

    int migrate(ServiceLogin login, Path scripts) throws IOException {
        if (!Files.isDirectory(scripts)) {
            throw new IOException("no migrations for schema " + login.schema() + " in " + scripts);
        }
        return Flyway.configure()
                .dataSource(url, login.user(), login.password())
                .schemas(login.schema())
                .defaultSchema(login.schema())
                .createSchemas(false)
                .locations("filesystem:" + scripts.toAbsolutePath())
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(url, adminUser, adminPassword);
    }

    private static void writeEnv(Path out, List<ServiceLogin> logins) throws IOException {
        StringBuilder text = new StringBuilder("# written by DatabaseSetup: the login of each service's dataSource\n");
        for (ServiceLogin login : logins) {
            String prefix = "SHOP_DB_" + login.schema().toUpperCase();
            text.append(prefix).append("_USER=").append(shellQuoted(login.user())).append('\n');
            text.append(prefix).append("_PASSWORD=").append(shellQuoted(login.password())).append('\n');
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    /** The launcher sources this file, so values are single-quoted for the shell. */
    static String shellQuoted(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return "\"" + name + "\"";
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }

    /** The user a service's dataSource logs in with, and the schema it owns. */
    record ServiceLogin(String schema, String user, String password) {
    }
}
