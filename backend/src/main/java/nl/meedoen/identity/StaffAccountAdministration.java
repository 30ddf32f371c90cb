package nl.meedoen.identity;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Resetting, deactivating and reactivating a staff account from a municipality. A coordinator may do this only for
 * an account that belongs to their municipality alone: an account with roles elsewhere (or with the
 * platform admin role) is also another municipality's, and only a platform admin acts for all of them.
 * A password link always goes to the account's own address, never to the person who asked for it.
 */
@Singleton
class StaffAccountAdministration {

    @Serdeable
    record LinkSent(Instant expiresAt) {
    }

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final PasswordResets resets;
    private final PasswordLinks links;
    private final StaffMails mails;
    private final AuditLog audit;

    StaffAccountAdministration(StaffAccounts accounts, StaffSessions sessions, PasswordResets resets, PasswordLinks links,
                               StaffMails mails, AuditLog audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.resets = resets;
        this.links = links;
        this.mails = mails;
        this.audit = audit;
    }

    /** Mails the person a new one-time link; earlier links stop working, the current password works until the link is used. */
    @Transactional
    LinkSent sendPasswordLink(String municipality, UUID id, SignedInStaff by, String client) {
        StaffMember account = requireMayChange(municipality, id, by);
        PasswordLinks.Issued link = links.issue(id, by.id());
        mails.passwordLink(account, link);
        audit.recordInEach(accounts.municipalitiesOf(id), by, "password link mailed to the account's address", "staff " + id, client);
        return new LinkSent(link.expiresAt());
    }

    /** Ends every session and open password link of the person; deactivating an inactive account changes nothing. */
    @Transactional
    void deactivate(String municipality, UUID id, SignedInStaff by, String client) {
        StaffMember account = requireMayChange(municipality, id, by);
        if (!account.active()) {
            return;
        }
        accounts.deactivate(id);
        sessions.revokeAllOf(id);
        resets.endUnusedOf(id);
        mails.deactivated(account);
        audit.recordInEach(accounts.municipalitiesOf(id), by, "staff account deactivated", "staff " + id, client);
    }

    /** Lets the person sign in again with the password they had; reactivating an active account changes nothing. */
    @Transactional
    void reactivate(String municipality, UUID id, SignedInStaff by, String client) {
        StaffMember account = requireMayChange(municipality, id, by);
        if (account.active()) {
            return;
        }
        accounts.reactivate(id);
        mails.reactivated(account);
        audit.recordInEach(accounts.municipalitiesOf(id), by, "staff account reactivated", "staff " + id, client);
    }

    private StaffMember requireMayChange(String municipality, UUID id, SignedInStaff by) {
        List<RoleGrant> grants = accounts.roles(id);
        if (grants.stream().noneMatch(grant -> municipality.equals(grant.municipality()))) {
            throw new NotFound();
        }
        if (!by.isAdmin()) {
            if (grants.stream().anyMatch(grant -> grant.role() == Role.ADMIN)) {
                throw new NotAllowed();
            }
            if (grants.stream().anyMatch(grant -> !municipality.equals(grant.municipality()))) {
                throw new AccountOfSeveralMunicipalities();
            }
        }
        return accounts.byId(id).orElseThrow(NotFound::new);
    }
}
