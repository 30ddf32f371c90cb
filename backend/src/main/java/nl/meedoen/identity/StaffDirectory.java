package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Staff as a municipality sees them: the people with a role there. An account belongs to its owner:
 * a municipality gives it roles, but never sees or changes its password; the owner is told by mail.
 * Every change is in the audit log of each municipality the person works for, with the change.
 */
@Singleton
class StaffDirectory {

    private static final Comparator<Role> BY_CODE = Comparator.comparing(Role::code);

    @Serdeable
    record Member(UUID id, String name, String email, List<Role> roles, boolean passwordSet, boolean active) {
    }

    /** {@code newAccount}: the person got a welcome mail with a link to set a password; otherwise a notice of the new roles. */
    @Serdeable
    record Added(Member member, boolean newAccount) {
    }

    private final StaffMembers members;
    private final StaffRoles roles;
    private final StaffAccounts accounts;
    private final PasswordLinks links;
    private final StaffMails mails;
    private final AuditLog audit;

    StaffDirectory(StaffMembers members, StaffRoles roles, StaffAccounts accounts, PasswordLinks links, StaffMails mails, AuditLog audit) {
        this.members = members;
        this.roles = roles;
        this.accounts = accounts;
        this.links = links;
        this.mails = mails;
        this.audit = audit;
    }

    /** By name; each person's roles in the order of their codes. */
    List<Member> in(String municipality) {
        Map<UUID, List<Role>> rolesHere = roles.findByMunicipalityCode(municipality).stream()
                .collect(Collectors.groupingBy(StaffRole::staffId, Collectors.mapping(StaffRole::role, Collectors.toList())));
        return members.findWithRoleIn(municipality).stream()
                .map(member -> new Member(member.id(), member.name(), member.email(),
                        rolesHere.getOrDefault(member.id(), List.of()).stream().sorted(BY_CODE).toList(),
                        member.passwordHash() != null, member.active()))
                .toList();
    }

    /**
     * Gives a person roles in the municipality. Someone new gets an account and a welcome mail with a
     * one-time link to set a password. An existing account keeps its password and gets no link: its
     * owner is told by mail, and every municipality it belongs to sees the change in its audit log.
     */
    @Transactional
    Added add(String municipality, String email, String name, Set<Role> granted, SignedInStaff by, String client) {
        StaffMember existing = accounts.byEmail(email).orElse(null);
        if (existing != null) {
            SortedSet<String> concerned = accounts.municipalitiesOf(existing.id());
            concerned.add(municipality);
            granted.forEach(role -> accounts.grant(existing.id(), role, municipality));
            mails.rolesGranted(existing, municipality, granted);
            audit.recordInEach(concerned, by, "staff roles granted " + codes(granted) + " in " + municipality, "staff " + existing.id(), client);
            return new Added(member(municipality, existing.id()), false);
        }
        UUID id = accounts.create(email, name);
        granted.forEach(role -> accounts.grant(id, role, municipality));
        mails.welcome(accounts.byId(id).orElseThrow(), municipality, granted, links.issue(id, by.id()));
        audit.record(by, municipality, "staff account created with roles " + codes(granted), "staff " + id, client);
        return new Added(member(municipality, id), true);
    }

    /**
     * Replaces a person's roles in the municipality; returns its staff as they are now. A role the person
     * did not hold here yet is news to them, so they get a mail about it.
     */
    @Transactional
    List<Member> setRoles(String municipality, UUID id, Set<Role> granted, SignedInStaff by, String client) {
        StaffMember account = accounts.byId(id).orElseThrow(NotFound::new);
        SortedSet<String> concerned = accounts.municipalitiesOf(id);
        if (!concerned.contains(municipality)) {
            throw new NotFound();
        }
        Set<Role> added = new HashSet<>(granted);
        accounts.roles(id).stream().filter(grant -> municipality.equals(grant.municipality())).map(RoleGrant::role).forEach(added::remove);
        accounts.revokeRolesIn(id, municipality);
        granted.forEach(role -> accounts.grant(id, role, municipality));
        if (!added.isEmpty()) {
            mails.rolesGranted(account, municipality, added);
        }
        audit.recordInEach(concerned, by, "staff roles set " + codes(granted) + " in " + municipality, "staff " + id, client);
        return in(municipality);
    }

    private Member member(String municipality, UUID id) {
        return in(municipality).stream().filter(member -> member.id().equals(id)).findFirst().orElseThrow(NotFound::new);
    }

    /** The same roles always read the same in the log, whatever order they were given in. */
    static String codes(Collection<Role> roles) {
        return roles.stream().sorted(BY_CODE).map(Role::code).collect(Collectors.joining(", ", "[", "]"));
    }
}
