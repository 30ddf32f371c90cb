package nl.meedoen.identity;

import nl.meedoen.web.Caller;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A staff member who signed in, as a controller argument. Every staff operation asks it whether the
 * person holds an allowed role in the municipality concerned; a municipality where the person holds
 * no role at all behaves as if it did not exist.
 */
public record SignedInStaff(UUID id, String name, String email, List<RoleGrant> grants, UUID sessionId) implements Caller {

    /** What {@code @Secured} names to let every signed-in staff member in; roles and municipality are checked inside. */
    public static final String ROLE = "staff";

    /** Names only the id: a caller may end up in a log, its name and e-mail address must not. */
    @Override
    public String toString() {
        return "SignedInStaff[" + id + "]";
    }

    public boolean isAdmin() {
        return grants.stream().anyMatch(grant -> grant.role() == Role.ADMIN);
    }

    /** Passes for the platform admin only; anyone else gets {@link NotAllowed} (403). */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new NotAllowed();
        }
    }

    /**
     * Passes when the person is an admin or holds one of the allowed roles in the municipality.
     * Otherwise: {@link NotAllowed} (403) in a municipality of their own, {@link NotFound} (404) elsewhere.
     */
    public void requireIn(String municipality, Role... allowed) {
        if (isAdmin()) {
            return;
        }
        List<Role> roles = Arrays.asList(allowed);
        boolean member = false;
        for (RoleGrant grant : grants) {
            if (municipality.equals(grant.municipality())) {
                member = true;
                if (roles.contains(grant.role())) {
                    return;
                }
            }
        }
        throw member ? new NotAllowed() : new NotFound();
    }
}
