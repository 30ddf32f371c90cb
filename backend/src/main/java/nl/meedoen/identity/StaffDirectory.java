package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import nl.meedoen.database.Database;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Staff as a municipality sees them: the people with a role there. */
@Singleton
final class StaffDirectory {

    @Serdeable
    record Member(UUID id, String name, String email, List<Role> roles, boolean passwordSet) {
    }

    @Serdeable
    record PasswordLink(String link, Instant expiresAt) {
    }

    @Serdeable
    record Added(Member member, @Nullable PasswordLink passwordLink) {
    }

    private final Database database;
    private final StaffAccounts accounts;
    private final PasswordResets resets;
    private final PublicAddress publicAddress;

    StaffDirectory(Database database, StaffAccounts accounts, PasswordResets resets, PublicAddress publicAddress) {
        this.database = database;
        this.accounts = accounts;
        this.resets = resets;
        this.publicAddress = publicAddress;
    }

    List<Member> in(String municipality) {
        return database.list("""
                SELECT s.id, s.name, s.email, s.password_hash IS NOT NULL AS password_set,
                       array_agg(r.role ORDER BY r.role) AS roles
                  FROM staff s
                  JOIN staff_role r ON r.staff_id = s.id AND r.municipality_code = ?
                 GROUP BY s.id
                 ORDER BY s.name
                """, row -> new Member(row.getObject("id", UUID.class), row.getString("name"), row.getString("email"),
                java.util.Arrays.stream((String[]) row.getArray("roles").getArray()).map(Role::of).toList(),
                row.getBoolean("password_set")), municipality);
    }

    /** Adds roles to a person found by e-mail, or creates the person; without a password yet they get a link. */
    Added add(String municipality, String email, String name, Set<Role> roles, SignedInStaff by) {
        return database.inTransaction(() -> {
            StaffAccounts.Account account = accounts.byEmail(email).orElse(null);
            UUID id = account == null ? accounts.create(email, name) : account.id();
            roles.forEach(role -> accounts.grant(id, role, municipality));
            boolean needsPassword = account == null || account.passwordHash() == null;
            PasswordLink link = needsPassword ? link(resets.issue(id, by.id())) : null;
            return new Added(member(municipality, id), link);
        });
    }

    /** Replaces a person's roles in the municipality; returns its staff as they are now. */
    List<Member> setRoles(String municipality, UUID id, Set<Role> roles) {
        return database.inTransaction(() -> {
            requireMember(municipality, id);
            accounts.revokeRolesIn(id, municipality);
            roles.forEach(role -> accounts.grant(id, role, municipality));
            return in(municipality);
        });
    }

    /** A person with the admin role is reset by an admin only. */
    PasswordLink passwordLink(String municipality, UUID id, SignedInStaff by) {
        requireMember(municipality, id);
        if (!by.isAdmin() && accounts.roles(id).stream().anyMatch(grant -> grant.role() == Role.ADMIN)) {
            throw new NotAllowed();
        }
        return link(resets.issue(id, by.id()));
    }

    private void requireMember(String municipality, UUID id) {
        if (in(municipality).stream().noneMatch(member -> member.id().equals(id))) {
            throw new NotFound();
        }
    }

    private Member member(String municipality, UUID id) {
        return in(municipality).stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    }

    /** The token travels in the fragment, which is never sent to a server or written to its logs. */
    private PasswordLink link(PasswordResets.Issued issued) {
        return new PasswordLink(publicAddress.of("/#/staff/password/" + issued.token()), issued.expiresAt());
    }
}
