package nl.meedoen.sessions;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import nl.meedoen.web.PublicAddress;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A booked session as an iCalendar file (RFC 5545), for the phone's calendar app. Its UID is the
 * session's, so a changed time replaces the entry instead of adding one. The time zone block is
 * written here for Europe/Amsterdam: ical4j's bundled zone data (tzurl.org) gives Amsterdam the block
 * of Europe/Brussels, since the two zones were merged in the tz database, and a TZID that differs from
 * DTSTART's would leave calendar apps guessing. Sessions lie in the future, so the current EU rule
 * (summer time from the last Sunday of March to the last Sunday of October) is the whole story.
 * The file holds no name, token or link that signs anyone in.
 */
@Singleton
class SessionCalendar {

    static final String ZONE = SessionTimes.NETHERLANDS.getId();

    private final PublicAddress address;

    SessionCalendar(PublicAddress address) {
        this.address = address;
    }

    String of(WorkshopSession session) {
        ZonedDateTime start = session.startsAt().atZone(SessionTimes.NETHERLANDS);
        ZonedDateTime end = session.endsAt().atZone(SessionTimes.NETHERLANDS);
        VEvent event = new VEvent(start, end, session.title());
        event.replace(new DtStamp(session.updatedAt()));
        event.add(new Uid("session-" + session.id() + "@" + host()));
        // Seconds from planning to the last change: every change counts up, so calendar apps take the newest.
        event.add(new Sequence(session.createdAt() == null ? 0 : (int) Duration.between(session.createdAt(), session.updatedAt()).toSeconds()));
        event.add(new Location(location(session)));
        if (session.mapLink() != null) {
            event.add(new Url(URI.create(session.mapLink())));
        }
        event.add(new Description(description(session)));
        event.add(session.isPlanned() ? new Status(Status.VALUE_CONFIRMED) : new Status(Status.VALUE_CANCELLED));
        return new Calendar()
                .withProdId("-//Meedoen//Workshop sessions//NL")
                .withDefaults()
                .withProperty(new Method(Method.VALUE_PUBLISH))
                .withComponent(amsterdam())
                .withComponent(event)
                .getFluentTarget()
                .toString();
    }

    private String host() {
        String host = URI.create(address.base()).getHost();
        return host == null ? "meedoen" : host;
    }

    private static String location(WorkshopSession session) {
        List<String> parts = new ArrayList<>(List.of(session.placeName(), session.placeAddress()));
        if (session.placeRoom() != null) {
            parts.add(session.placeRoom());
        }
        return String.join(", ", parts);
    }

    private static String description(WorkshopSession session) {
        List<String> lines = new ArrayList<>();
        if (session.accessibilityNotes() != null) {
            lines.add(session.accessibilityNotes());
        }
        if (session.mapLink() != null) {
            lines.add(session.mapLink());
        }
        return String.join("\n", lines);
    }

    private static VTimeZone amsterdam() {
        Standard winter = new Standard();
        winter.add(new DtStart<>(LocalDateTime.of(1996, 10, 27, 3, 0)));
        winter.add(new RRule<>("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
        winter.add(new TzOffsetFrom(ZoneOffset.ofHours(2)));
        winter.add(new TzOffsetTo(ZoneOffset.ofHours(1)));
        winter.add(new TzName("CET"));
        Daylight summer = new Daylight();
        summer.add(new DtStart<>(LocalDateTime.of(1981, 3, 29, 2, 0)));
        summer.add(new RRule<>("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"));
        summer.add(new TzOffsetFrom(ZoneOffset.ofHours(1)));
        summer.add(new TzOffsetTo(ZoneOffset.ofHours(2)));
        summer.add(new TzName("CEST"));
        VTimeZone zone = new VTimeZone();
        zone.add(new TzId(ZONE));
        zone.add(winter);
        zone.add(summer);
        return zone;
    }
}
