package nl.meedoen;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Contact;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Meedoen API",
        version = "1.0.0",
        description = "Values module, wegwijs information, workshop bookings and the signing of the"
                + " participatieverklaring for newcomers in Dutch municipalities.",
        contact = @Contact(name = "Meedoen", email = "api@meedoen.nl", url = "https://meedoen.nl")))
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
