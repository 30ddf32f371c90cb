package nl.meedoen.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Staff members and their roles. */
@Singleton
class StaffAccounts {

    /** Roles in the order of their codes, then by municipality, the platform's roles first. */
    private static final Comparator<RoleGrant> ORDER = Comparator.comparing((RoleGrant grant) -> grant.role().code())
            .thenComparing(RoleGrant::municipality, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final StaffMembers members;
    private final StaffRoles roles;

    StaffAccounts(StaffMembers members, StaffRoles roles) {
        this.members = members;
        this.roles = roles;
    }

    Optional<StaffMember> byEmail(String email) {
        return members.findByEmail(email);
    }

    Optional<StaffMember> byId(UUID id) {
        return members.findById(id);
    }

    List<RoleGrant> roles(UUID staffId) {
        return roles.findByStaffId(staffId).stream().map(StaffRole::grant).sorted(ORDER).toList();
    }

    /** The municipalities where the person holds a role, in the order of their codes. */
    SortedSet<String> municipalitiesOf(UUID staffId) {
        return roles.findByStaffId(staffId).stream().map(StaffRole::municipalityCode).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Transactional
    UUID create(String email, String name) {
        return members.save(StaffMember.added(email, name)).id();
    }

    @Transactional
    void grant(UUID staffId, Role role, @Nullable String municipality) {
        roles.grant(staffId, role, municipality);
    }

    @Transactional
    void revokeRolesIn(UUID staffId, String municipality) {
        roles.deleteByStaffIdAndMunicipalityCode(staffId, municipality);
    }

    @Transactional
    void deactivate(UUID id) {
        members.deactivate(id);
    }

    @Transactional
    void reactivate(UUID id) {
        members.reactivate(id);
    }

    @Transactional
    void setPassword(UUID id, String hash) {
        members.setPassword(id, hash);
    }
}
