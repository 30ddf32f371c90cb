package nl.meedoen.sessions;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reminders before a session ({@code meedoen.reminders.before}, by default two days and two hours),
 * by mail through the outbox. Each is claimed, its mail queued and the reminder marked sent in one
 * transaction: a restart never loses one (it is made at the next round) and never repeats one.
 */
@Singleton
class Reminders {

    private final BookingReminders reminders;
    private final Bookings bookings;
    private final WorkshopSessions sessions;
    private final BookingNotices notices;
    private final String minutes;

    Reminders(BookingReminders reminders, Bookings bookings, WorkshopSessions sessions, BookingNotices notices,
              @Value("${meedoen.reminders.before:2d,2h}") List<Duration> before) {
        this.reminders = reminders;
        this.bookings = bookings;
        this.sessions = sessions;
        this.notices = notices;
        this.minutes = before.stream().map(offset -> Long.toString(offset.toMinutes())).collect(Collectors.joining(",", "{", "}"));
    }

    @Transactional
    int makeDue() {
        return reminders.addDue(minutes);
    }

    /** Says whether there was a reminder to handle, so that the caller knows whether to go on. */
    @Transactional
    boolean sendNext() {
        Optional<BookingReminder> due = reminders.claimNext();
        if (due.isEmpty()) {
            return false;
        }
        BookingReminder reminder = due.get();
        bookings.findById(reminder.bookingId()).filter(Booking::isConfirmed).ifPresent(booking ->
                sessions.findById(booking.sessionId()).filter(session -> session.isOpenAt(Instant.now()))
                        .ifPresent(session -> notices.reminder(booking, session, reminder.minutesBefore())));
        reminders.markSent(reminder.bookingId(), reminder.minutesBefore());
        return true;
    }
}
