package shop.user.audit.boundary;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.platform.json.Jsons;
import shop.platform.paging.Page;
import shop.platform.paging.PageParams;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEvent;
import shop.user.audit.entity.SecurityEventType;

/** The security audit log for admins: {@code /user/admin/security-events}, newest first. */
@Path("admin/security-events")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    @Inject
    SecurityLog log;

    @GET
    @Operation(summary = "Security events, newest first, optionally of one account (as subject or actor) and one type (admin)")
    public Page<JsonObject> list(@QueryParam("accountId") @Size(max = 36) String accountId,
            @QueryParam("type") @Size(max = 40) String type, @Valid @BeanParam PageParams page) {
        return log.page(Texts.blankToNull(accountId), type(Texts.blankToNull(type)), page.toRequest())
                .map(SecurityEventResource::json);
    }

    private static SecurityEventType type(String type) {
        if (type == null) {
            return null;
        }
        try {
            return SecurityEventType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("type", "must be one of " + Arrays.stream(SecurityEventType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static JsonObject json(SecurityEvent e) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", e.id())
                .add("type", e.type().name())
                .add("occurredAt", e.occurredAt().toString());
        addOrNull(json, "actorId", e.actorId());
        addOrNull(json, "accountId", e.accountId());
        addOrNull(json, "username", e.username());
        addOrNull(json, "clientIp", e.clientIp());
        addOrNull(json, "detail", e.detail());
        return json.build();
    }

    private static void addOrNull(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}
