package shop.platform;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which service this deployment is, from the {@code shop.service.name} property each WAR sets
 * in its {@code microprofile-config.properties}. The name picks the service's dataSource
 * ({@code jdbc/<name>}) and labels its health checks.
 */
@ApplicationScoped
public class ServiceIdentity {

    @Inject
    @ConfigProperty(name = "shop.service.name")
    String name;

    public String name() {
        return name;
    }

    private volatile DataSource dataSource;

    /** JNDI name of the service's own dataSource, declared in liberty-config's database.xml. */
    public String dataSourceJndiName() {
        return "jdbc/" + name;
    }

    /** The service's own dataSource (its schema, its database user). */
    public DataSource dataSource() {
        if (dataSource == null) {
            try {
                dataSource = (DataSource) new InitialContext().lookup(dataSourceJndiName());
            } catch (NamingException e) {
                throw new IllegalStateException("no dataSource " + dataSourceJndiName(), e);
            }
        }
        return dataSource;
    }
}
