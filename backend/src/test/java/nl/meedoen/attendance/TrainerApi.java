package nl.meedoen.attendance;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The trainer API's answers as the tests read them. */
final class TrainerApi {

    private TrainerApi() {
    }

    @Serdeable
    record Session(UUID id, String municipality, String title, Instant startsAt, String status, int capacity, int booked, int present,
                   boolean attendanceConfirmed) {
    }

    @Serdeable
    record Entry(UUID newcomerId, @Nullable UUID bookingId, String name, String language, boolean interpreter, @Nullable String bookingStatus,
                 @Nullable String attendance, int checkIns, boolean walkIn, boolean overCapacity) {
    }

    @Serdeable
    record Roster(Session session, List<Entry> entries) {
    }

    @Serdeable
    record Result(UUID id, String result, @Nullable UUID newcomerId, @Nullable String reason, @Nullable String message) {
    }

    @Serdeable
    record Results(List<Result> results) {
    }

    @Serdeable
    record WalkIn(UUID newcomerId, @Nullable UUID bookingId, String outcome) {
    }

    @Serdeable
    record Code(String code) {
    }
}
