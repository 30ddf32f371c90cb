package nl.meedoen.wegwijs;

import java.time.LocalTime;

/** One opening period of a place on a weekday (ISO: 1 is Monday), in Dutch local time. */
record OpeningHours(long placeId, int weekday, LocalTime opens, LocalTime closes) {
}
