package nl.meedoen.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.municipality.DemoMunicipality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Sign-ins for trying Meedoen out, one per role, in the demo municipality Voorbeeldstad. Created with
 * the embedded database, or with an external one only when {@code MEEDOEN_DEMO_DATA=true}.
 */
@Singleton
@Requires(property = "meedoen.demo-data", value = "true")
class DemoAccounts {

    static final String PASSWORD = "Meedoen-demo-2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

    record Demo(String email, String name, Role role, boolean inMunicipality) {
    }

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin@meedoen.example", "Demo beheerder", Role.ADMIN, false),
            new Demo("coordinator@voorbeeldstad.example", "Demo coördinator", Role.COORDINATOR, true),
            new Demo("trainer@voorbeeldstad.example", "Demo trainer", Role.TRAINER, true),
            new Demo("editor@voorbeeldstad.example", "Demo redacteur", Role.EDITOR, true));

    private final DemoMunicipality municipality;
    private final StaffAccounts accounts;
    private final Passwords passwords;
    private final StaffMembers members;

    DemoAccounts(DemoMunicipality municipality, StaffAccounts accounts, Passwords passwords, StaffMembers members) {
        this.municipality = municipality;
        this.accounts = accounts;
        this.passwords = passwords;
        this.members = members;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        municipality.ensure();
        members.lockForDemoAccounts();
        for (Demo demo : ACCOUNTS) {
            if (accounts.byEmail(demo.email()).isEmpty()) {
                var id = accounts.create(demo.email(), demo.name());
                accounts.setPassword(id, passwords.hash(PASSWORD));
                accounts.grant(id, demo.role(), demo.inMunicipality() ? DemoMunicipality.CODE : null);
            }
        }
        LOG.info("Demo sign-in at /#/staff with password {} as {}", PASSWORD,
                String.join(", ", ACCOUNTS.stream().map(Demo::email).toList()));
    }
}
