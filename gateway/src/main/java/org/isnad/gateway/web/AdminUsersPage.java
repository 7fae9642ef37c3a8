package org.isnad.gateway.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.isnad.gateway.config.WebConfig;
import org.isnad.gateway.service.KeycloakAdmin;
import org.isnad.gateway.service.NewUser;
import org.isnad.gateway.service.ServiceCallException;
import org.isnad.gateway.service.UserAccount;
import org.jboss.logging.Logger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admins manage desk staff here: list and search users, invite one with a temporary password, enable or
 * disable, and grant reviewer/editor/admin. Every change goes through the Keycloak Admin API as the gateway's
 * service account and is logged with the acting admin.
 */
@Path("/admin/users")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class AdminUsersPage {

    private static final Logger LOG = Logger.getLogger(AdminUsersPage.class);
    private static final String USERNAME = "[a-zA-Z0-9._-]{3,64}";

    private final WebSession session;
    private final KeycloakAdmin keycloak;
    private final WebConfig config;
    private final Template users;

    public AdminUsersPage(WebSession session, KeycloakAdmin keycloak, WebConfig config,
                          @Location("admin/users.html") Template users) {
        this.session = session;
        this.keycloak = keycloak;
        this.config = config;
        this.users = users;
    }

    @GET
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public TemplateInstance list(@QueryParam("q") @Size(max = 100) String search,
                                 @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
                                 @QueryParam("notice") String notice) {
        return page(search, page, null, Map.of()).data("notice", Notices.known(notice));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response create(@FormParam(FormGuard.FIELD) String token, @FormParam("username") String username,
                           @FormParam("email") String email, @FormParam("firstName") String firstName,
                           @FormParam("lastName") String lastName, @FormParam("password") String password,
                           @FormParam("role") List<String> roles) {
        session.verifyForm(token);
        Map<String, List<String>> entered = new LinkedHashMap<>();
        entered.put("username", username == null ? List.of() : List.of(username));
        entered.put("email", email == null ? List.of() : List.of(email));
        entered.put("firstName", firstName == null ? List.of() : List.of(firstName));
        entered.put("lastName", lastName == null ? List.of() : List.of(lastName));
        entered.put("role", roles == null ? List.of() : roles);
        String problem = validate(username, email, firstName, lastName, password);
        if (problem != null) {
            return Response.status(400).entity(page(null, 0, session.t(problem), entered).data("notice", null))
                    .build();
        }
        try {
            UserAccount created = keycloak.create(new NewUser(username.strip(), email, firstName, lastName, password,
                    managed(roles)));
            LOG.infof("admin %s created user %s with roles %s", session.user(), created.username(), created.roles());
        } catch (ServiceCallException refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            String detail = refused.status() == 409 ? session.t("userExists") : refused.detail();
            return Response.status(refused.status()).entity(page(null, 0, detail, entered).data("notice", null))
                    .build();
        }
        return WorkPage.seeOther("/admin/users?notice=user-created&q="
                + URLEncoder.encode(username.strip(), StandardCharsets.UTF_8));
    }

    @POST
    @Path("{id}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response enable(@PathParam("id") @Pattern(regexp = WorkPage.UUID) String id,
                           @FormParam(FormGuard.FIELD) String token, @FormParam("enabled") boolean enabled) {
        session.verifyForm(token);
        keycloak.setEnabled(id, enabled);
        LOG.infof("admin %s set user %s enabled=%s", session.user(), id, enabled);
        return WorkPage.seeOther("/admin/users?notice=user-updated");
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed("admin")
    @Operation(hidden = true)
    public Response roles(@PathParam("id") @Pattern(regexp = WorkPage.UUID) String id,
                          @FormParam(FormGuard.FIELD) String token, @FormParam("role") List<String> roles) {
        session.verifyForm(token);
        keycloak.setRoles(id, managed(roles));
        LOG.infof("admin %s set roles of user %s to %s", session.user(), id, managed(roles));
        return WorkPage.seeOther("/admin/users?notice=user-updated");
    }

    private TemplateInstance page(String search, int page, String error, Map<String, List<String>> entered) {
        int size = config.pageSize();
        List<UserAccount> found = keycloak.users(search, page * size, size);
        long total = keycloak.count(search);
        String base = "/admin/users?" + (search == null || search.isBlank() ? ""
                : "q=" + URLEncoder.encode(search, StandardCharsets.UTF_8) + "&");
        return users.data("ui", session.ui("users")).data("users", found).data("q", search == null ? "" : search)
                .data("roles", KeycloakAdmin.MANAGED_ROLES).data("error", error)
                .data("entered", new FormValues(entered)).data("pager", Pager.of(page, size, total, base));
    }

    private static String validate(String username, String email, String firstName, String lastName,
                                   String password) {
        if (username == null || !username.strip().matches(USERNAME)) {
            return "invalidUsername";
        }
        // the realm's user profile requires both names; asking here beats Keycloak asking the new user later
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()
                || firstName.length() > 100 || lastName.length() > 100) {
            return "invalidName";
        }
        if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return "invalidEmail";
        }
        if (password == null || password.length() < 8 || password.length() > 128) {
            return "invalidPassword";
        }
        return null;
    }

    private static Set<String> managed(List<String> roles) {
        Set<String> wanted = new LinkedHashSet<>();
        if (roles != null) {
            roles.stream().filter(KeycloakAdmin.MANAGED_ROLES::contains).forEach(wanted::add);
        }
        return wanted;
    }
}
