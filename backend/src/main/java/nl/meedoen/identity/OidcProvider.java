package nl.meedoen.identity;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Introspected;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An OpenID Connect provider, configured as {@code meedoen.oidc.<id>.issuer / client-id / client-secret /
 * label / municipalities / allow-admins} (or {@code MEEDOEN_OIDC_<ID>_ISSUER} and so on). Staff sign in
 * with it when their e-mail address is known in Meedoen and every role they hold is within its reach;
 * roles stay managed in Meedoen.
 */
@EachProperty("meedoen.oidc")
@Introspected
public final class OidcProvider {

    private final String id;
    private String issuer = "";
    private String clientId = "";
    private String clientSecret = "";
    private String label = "";
    private List<String> municipalities = List.of();
    private boolean allowAdmins;

    public OidcProvider(@Parameter String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getLabel() {
        return label.isBlank() ? id : label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The CBS codes of the municipalities whose staff this provider signs in. */
    public List<String> getMunicipalities() {
        return municipalities;
    }

    public void setMunicipalities(List<String> municipalities) {
        municipalities.stream().filter(code -> !code.strip().toUpperCase(Locale.ROOT).matches("GM\\d{4}")).findFirst().ifPresent(code -> {
            throw new IllegalArgumentException("meedoen.oidc." + id + ".municipalities: '" + code + "' is not a CBS code such as GM0153");
        });
        this.municipalities = municipalities.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
    }

    /** Whether this provider may sign in platform admins and national editors; only an explicit {@code true} allows it. */
    public boolean isAllowAdmins() {
        return allowAdmins;
    }

    public void setAllowAdmins(boolean allowAdmins) {
        this.allowAdmins = allowAdmins;
    }

    /** The path of the address the provider sends the browser back to. */
    String callbackPath() {
        return "/api/v1/sign-in/oidc/" + id + "/callback";
    }

    /**
     * Why this provider may not sign in an account with these roles, for the audit log; empty when it may.
     * Every role must be within its reach, not just one: the provider vouches for the whole account, so a
     * provider of one municipality must never open the roles someone holds in another, nor the platform's.
     */
    Optional<String> refusalFor(List<RoleGrant> roles) {
        if (roles.isEmpty()) {
            return Optional.of("no role");
        }
        for (RoleGrant grant : roles) {
            if (grant.municipality() == null && !allowAdmins) {
                return Optional.of(grant.role() == Role.ADMIN ? "platform admin" : "national editor");
            }
            if (grant.municipality() != null && !municipalities.contains(grant.municipality())) {
                return Optional.of("role in a municipality this provider does not serve");
            }
        }
        return Optional.empty();
    }

    boolean signsInNobody() {
        return municipalities.isEmpty() && !allowAdmins;
    }
}
