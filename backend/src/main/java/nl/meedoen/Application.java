package nl.meedoen;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

@OpenAPIDefinition(info = @Info(
        title = "Meedoen API",
        version = "1.0.0",
        description = "Values module, wegwijs information, workshop bookings and the signing of the"
                + " participatieverklaring for newcomers in Dutch municipalities.",
        contact = @Contact(name = "Meedoen", email = "api@meedoen.nl", url = "https://meedoen.nl")),
        servers = @Server(url = "/api/v1", description = "This service; the major version of the API is part of the address"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "Staff: the access token from POST /sign-in. A newcomer's phone: the token from POST /invitations/redeem.")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
