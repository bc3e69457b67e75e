package shop.user.token.boundary;

import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.annotations.Operation;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.platform.json.Jsons;
import shop.platform.problem.ProblemException;
import shop.user.account.boundary.NotCommonPassword;
import shop.user.account.control.Accounts;
import shop.user.account.control.LoginThrottles;
import shop.user.account.control.PasswordResets;
import shop.user.account.entity.Account;
import shop.user.audit.control.SecurityLog;
import shop.user.audit.entity.SecurityEventType;
import shop.user.token.control.AccessTokens;
import shop.user.token.control.RefreshTokens;

/** Register, sign in, refresh and sign out: {@code /user/auth/...}. */
@Path("auth")
@PermitAll
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private static final Logger LOG = Logger.getLogger(AuthResource.class.getName());

    static final String SIGN_IN_REFUSED = "Wrong username or password. After repeated failures, sign-in under that name pauses for a while.";

    @Inject
    LoginThrottles throttles;

    @Inject
    Accounts accounts;

    @Inject
    AccessTokens accessTokens;

    @Inject
    RefreshTokens refreshTokens;

    @Inject
    SecurityLog audit;

    @Inject
    PasswordResets resets;

    @Resource
    ManagedExecutorService executor;

    /** What a shopper registers with. */
    public record Registration(
            @NotBlank @Size(min = 3, max = 32)
            @Pattern(regexp = "[\\p{L}\\p{N}_.-]+", message = "letters, digits, '_', '.' and '-' only") String username,
            @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") @NotCommonPassword String password,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be a phone number of 6 to 15 digits") String phone) {
    }

    public record Credentials(@NotBlank @Size(max = 32) String username, @NotBlank @Size(max = 128) String password) {
    }

    public record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
    }

    /** Who forgot their password. */
    public record ResetRequest(@NotBlank @Size(max = 32) String username) {
    }

    /** A reset token from the notice, and the new password (the same rules as at registration). */
    public record ResetConfirmation(@NotBlank @Size(max = 100) String token,
            @NotNull @Size(min = 8, max = 128, message = "must be 8 to 128 characters") @NotCommonPassword String newPassword) {
    }

    /** The one answer to every reset request, so it never tells whether the account exists. */
    static final String RESET_ACCEPTED = "If an account with this username exists, a way to set a new password has been sent to it.";

    @POST
    @Path("register")
    @Operation(summary = "Register a shopper account")
    public Response register(@NotNull @Valid Registration registration) {
        Account account = accounts.register(registration.username(), registration.password(), registration.email(),
                registration.phone());
        JsonObject body = Jsons.createObjectBuilder().add("id", account.id()).add("username", account.username()).build();
        return Response.status(Response.Status.CREATED).entity(body).build();
    }

    @POST
    @Path("login")
    @Operation(summary = "Sign in: an access token and a refresh token")
    public JsonObject login(@NotNull @Valid Credentials credentials) {
        // A locked name is answered as a wrong password: the answer never tells which names exist.
        if (throttles.locked(credentials.username())) {
            signInFailed(credentials.username(), "paused");
            throw ProblemException.unauthorized(SIGN_IN_REFUSED);
        }
        Optional<Account> account = accounts.authenticate(credentials.username(), credentials.password());
        if (account.isEmpty()) {
            throttles.failed(credentials.username());
            signInFailed(credentials.username(), null);
            throw ProblemException.unauthorized(SIGN_IN_REFUSED);
        }
        throttles.succeeded(credentials.username());
        String refreshToken = refreshTokens.start(account.get().id());
        audit.recordAlone(SecurityEventType.SIGN_IN_SUCCEEDED, account.get().id(), account.get().id(), credentials.username(), null);
        return tokens(account.get(), refreshToken);
    }

    @POST
    @Path("refresh")
    @Operation(summary = "Trade a refresh token for new tokens (the old refresh token is used up)")
    public JsonObject refresh(@NotNull @Valid RefreshRequest request) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(request.refreshToken())
                .orElseThrow(() -> ProblemException.unauthorized("The refresh token is not valid."));
        Account account = accounts.find(rotation.accountId()).filter(Account::mayLogIn)
                .orElseThrow(() -> ProblemException.unauthorized("The refresh token is not valid."));
        return tokens(account, rotation.nextToken());
    }

    @POST
    @Path("logout")
    @Operation(summary = "Sign out: the refresh token (and its rotations) stop working")
    public Response logout(@NotNull @Valid RefreshRequest request) {
        refreshTokens.revoke(request.refreshToken());
        return Response.noContent().build();
    }

    /**
     * The failure goes to the audit log with the account it names, if any: the same lookup and
     * insert whether or not the name exists, so the 401's timing tells nothing. A failing audit
     * write is logged and never turns the 401 into a 500.
     */
    private void signInFailed(String username, String detail) {
        try {
            audit.recordAlone(SecurityEventType.SIGN_IN_FAILED, null, accounts.idOf(username).orElse(null), username, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record a failed sign-in in the security log", e);
        }
    }

    @POST
    @Path("password-reset")
    @Operation(summary = "Forgot my password: a one-time reset token is sent to the account (always 202)")
    public Response requestPasswordReset(@NotNull @Valid ResetRequest request) {
        // Answered before the work is done: an existing account costs more work than an unknown
        // name, and the answer's timing must not tell them apart.
        String username = request.username();
        String clientIp = audit.clientAddress();
        Runnable work = () -> {
            try {
                resets.request(username, clientIp);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a password reset request failed", e);
            }
        };
        try {
            executor.execute(work);
        } catch (RejectedExecutionException e) {
            work.run();
        }
        return Response.accepted(Jsons.createObjectBuilder().add("message", RESET_ACCEPTED).build()).build();
    }

    @POST
    @Path("password-reset/confirm")
    @Operation(summary = "Set a new password with a reset token; every session of the account ends")
    public Response confirmPasswordReset(@NotNull @Valid ResetConfirmation confirmation) {
        resets.confirm(confirmation.token(), confirmation.newPassword());
        return Response.noContent().build();
    }

    private JsonObject tokens(Account account, String refreshToken) {
        return Jsons.createObjectBuilder()
                .add("accessToken", accessTokens.issue(account))
                .add("refreshToken", refreshToken)
                .add("tokenType", "Bearer")
                .add("expiresIn", accessTokens.ttlSeconds())
                .build();
    }
}
