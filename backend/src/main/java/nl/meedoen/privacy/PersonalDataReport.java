package nl.meedoen.privacy;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the municipality holds about one newcomer (AVG article 15), grouped as the newcomer would
 * look for it. Staff members are named by their role only: their names are their own personal data,
 * not the newcomer's; the organisation responsible is the municipality. Secrets (code and token
 * hashes) and the signature chain's internal hashes are left out: they say nothing about the person
 * and would only help someone forge a code.
 */
@Serdeable
@Schema(name = "PersonalDataReport")
record PersonalDataReport(Instant madeAt, Registration registration, List<Invitation> invitations, List<Phone> phones,
                          List<Booking> bookings, List<Booking> waitingList, List<Attendance> attendance,
                          List<Ceremony> signingCeremonies, List<Signature> signatures, List<Mail> mails,
                          List<PushMessage> pushMessages, List<StaffAction> staffActions, Retention retention) {

    /** What the municipality registered; {@code registeredBy} is the municipality whose staff did it. */
    @Serdeable
    record Registration(String name, String language, String targetGroup, String regime, @Nullable LocalDate obligationStart,
                        @Nullable LocalDate deadline, @Nullable String phone, @Nullable String email, Instant registeredAt,
                        String municipalityCode, String registeredBy) {
    }

    /** A letter with a code; the code itself is never kept, only that it was made, used or withdrawn. */
    @Serdeable
    record Invitation(Instant issuedAt, Instant validUntil, boolean redeemed, @Nullable Instant redeemedAt,
                      @Nullable Instant revokedAt) {
    }

    /**
     * A phone linked with a letter. The service keeps no description of the phone and no last-seen time;
     * a push subscription is named by its push service only, as its full address works like a key.
     */
    @Serdeable
    record Phone(Instant linkedAt, @Nullable Instant unlinkedAt, boolean thisPhone, @Nullable PushSubscription notifications) {
    }

    @Serdeable
    record PushSubscription(String pushService, Instant since) {
    }

    /** A seat or a place in the waiting list, also when cancelled or moved; {@code bookedByStaff} when a coordinator booked it. */
    @Serdeable
    record Booking(String status, Session session, Instant bookedAt, @Nullable Instant confirmedAt, @Nullable Instant endedAt,
                   boolean bookedByStaff, @Nullable Integer waitingListPosition, List<Reminder> reminders) {
    }

    @Serdeable
    record Session(String title, Instant startsAt, Instant endsAt, String place, String address, String status) {
    }

    @Serdeable
    record Reminder(int minutesBefore, Instant dueAt, @Nullable Instant sentAt) {
    }

    /**
     * Whether the newcomer came to a session, every check-in the trainer's device made, and after a
     * no-show the follow-up asking them to book again.
     */
    @Serdeable
    record Attendance(Session session, String status, boolean walkIn, Instant recordedAt, List<CheckIn> checkIns,
                      @Nullable FollowUp followUp) {
    }

    /** {@code outcome}: sent, no-contact, present (corrected in time) or booked-again; null until handled. */
    @Serdeable
    record FollowUp(Instant madeAt, @Nullable Instant handledAt, @Nullable String outcome) {
    }

    @Serdeable
    record CheckIn(String method, Instant at) {
    }

    /** A signing as it was opened and, when the newcomer signed on a device, what was submitted. */
    @Serdeable
    record Ceremony(Instant openedAt, String openedByRole, int declarationVersion, @Nullable Integer localAgreementsVersion,
                    String language, @Nullable Instant submittedAt, @Nullable String device, boolean finished) {
    }

    /**
     * A signature, refusal or revocation in the record. {@code signatureImage} is the drawn signature as a
     * data URL, or null when the name was typed; {@code revokes} names the verification code of what a
     * revocation ended.
     */
    @Serdeable
    record Signature(String kind, Instant at, @Nullable Integer declarationVersion, @Nullable Integer localAgreementsVersion,
                     @Nullable String language, @Nullable String verificationCode, @Nullable String typedName,
                     @Nullable String signatureImage, @Nullable String reason, @Nullable String revokes, String witnessRole,
                     @Nullable String device, @Nullable LocalDate registeredWithDuoOn, boolean revoked) {
    }

    /** A mail to the newcomer's address: what it was about and when; its text is not kept once sent. */
    @Serdeable
    record Mail(String kind, String subject, Instant queuedAt, @Nullable Instant sentAt) {
    }

    @Serdeable
    record PushMessage(String kind, Instant queuedAt, @Nullable Instant sentAt, @Nullable Instant givenUpAt) {
    }

    /** Something staff did with the newcomer's data, from the audit log, without who did it. */
    @Serdeable
    record StaffAction(String action, Instant at) {
    }

    /**
     * When the data goes: {@code keepFor} as configured (an ISO-8601 period such as P5Y), also split into
     * years, months and days for the app to write out; when the trajectory ends as things stand today, and
     * the day after which the data is deleted.
     */
    @Serdeable
    record Retention(String keepFor, int years, int months, int days, Instant trajectoryEnds, LocalDate deletedAfter, String rule) {
    }
}
