package nl.meedoen.identity;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Introspected;

/**
 * A municipality's OpenID Connect provider, configured as
 * {@code meedoen.oidc.<id>.issuer / client-id / client-secret / label}
 * (or {@code MEEDOEN_OIDC_<ID>_ISSUER} and so on). Staff sign in with it when their e-mail address is
 * known in Meedoen; roles stay managed in Meedoen.
 */
@EachProperty("meedoen.oidc")
@Introspected
public final class OidcProvider {

    private final String id;
    private String issuer = "";
    private String clientId = "";
    private String clientSecret = "";
    private String label = "";

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
}
