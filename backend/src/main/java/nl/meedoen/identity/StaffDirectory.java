package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.meedoen.web.PublicAddress;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff as a municipality sees them: the people with a role there. Every change is in the audit log with it. */
@Singleton
class StaffDirectory {

    private static final Comparator<Role> BY_CODE = Comparator.comparing(Role::code);

    @Serdeable
    record Member(UUID id, String name, String email, List<Role> roles, boolean passwordSet) {
    }

    @Serdeable
    record PasswordLink(String link, Instant expiresAt) {
    }

    @Serdeable
    record Added(Member member, @Nullable PasswordLink passwordLink) {
    }

    private final StaffMembers members;
    private final StaffRoles roles;
    private final StaffAccounts accounts;
    private final PasswordLinks links;
    private final AuditLog audit;
    private final PublicAddress publicAddress;

    StaffDirectory(StaffMembers members, StaffRoles roles, StaffAccounts accounts, PasswordLinks links, AuditLog audit,
                   PublicAddress publicAddress) {
        this.members = members;
        this.roles = roles;
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.publicAddress = publicAddress;
    }

    /** By name; each person's roles in the order of their codes. */
    List<Member> in(String municipality) {
        Map<UUID, List<Role>> rolesHere = roles.findByMunicipalityCode(municipality).stream()
                .collect(Collectors.groupingBy(StaffRole::staffId, Collectors.mapping(StaffRole::role, Collectors.toList())));
        return members.findWithRoleIn(municipality).stream()
                .map(member -> new Member(member.id(), member.name(), member.email(),
                        rolesHere.getOrDefault(member.id(), List.of()).stream().sorted(BY_CODE).toList(),
                        member.passwordHash() != null))
                .toList();
    }

    /** Adds roles to a person found by e-mail, or creates the person; without a password yet they get a link. */
    @Transactional
    Added add(String municipality, String email, String name, Set<Role> granted, SignedInStaff by, String client) {
        StaffMember account = accounts.byEmail(email).orElse(null);
        UUID id = account == null ? accounts.create(email, name) : account.id();
        granted.forEach(role -> accounts.grant(id, role, municipality));
        boolean needsPassword = account == null || account.passwordHash() == null;
        PasswordLink link = needsPassword ? link(links.issue(id, by.id())) : null;
        audit.record(by, municipality, "staff roles granted " + granted, "staff " + id, client);
        return new Added(member(municipality, id), link);
    }

    /** Replaces a person's roles in the municipality; returns its staff as they are now. */
    @Transactional
    List<Member> setRoles(String municipality, UUID id, Set<Role> granted, SignedInStaff by, String client) {
        requireMember(municipality, id);
        accounts.revokeRolesIn(id, municipality);
        granted.forEach(role -> accounts.grant(id, role, municipality));
        audit.record(by, municipality, "staff roles set " + granted, "staff " + id, client);
        return in(municipality);
    }

    /** A person with the admin role is reset by an admin only. */
    @Transactional
    PasswordLink passwordLink(String municipality, UUID id, SignedInStaff by, String client) {
        requireMember(municipality, id);
        if (!by.isAdmin() && accounts.roles(id).stream().anyMatch(grant -> grant.role() == Role.ADMIN)) {
            throw new NotAllowed();
        }
        PasswordLink link = link(links.issue(id, by.id()));
        audit.record(by, municipality, "password link issued", "staff " + id, client);
        return link;
    }

    private void requireMember(String municipality, UUID id) {
        if (roles.findByStaffId(id).stream().noneMatch(role -> municipality.equals(role.municipalityCode()))) {
            throw new NotFound();
        }
    }

    private Member member(String municipality, UUID id) {
        return in(municipality).stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    }

    /** The token travels in the fragment, which is never sent to a server or written to its logs. */
    private PasswordLink link(PasswordLinks.Issued issued) {
        return new PasswordLink(publicAddress.of("/#/staff/password/" + issued.token()), issued.expiresAt());
    }
}
