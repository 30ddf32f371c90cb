package nl.meedoen.editing;

import nl.meedoen.wegwijs.PlaceKeeping;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a place must be before newcomers see it. Hours are read as in wegwijs: closing at or before
 * opening ends the next day, 00:00 to 00:00 is round the clock; two periods may not overlap, also
 * across midnight and from Sunday into Monday.
 */
final class PlaceValidation {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Z]{2}");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{5,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int DAY = 24 * 60;
    private static final int WEEK = 7 * DAY;

    private PlaceValidation() {
    }

    static void check(PlaceKeeping.Place place, boolean topicExists) {
        List<String> problems = new ArrayList<>();
        if (place.name().isBlank() || place.name().length() > 200) {
            problems.add("Give the place a name of at most 200 characters.");
        }
        if (!topicExists) {
            problems.add("There is no wegwijs topic or local page '" + place.topic() + "' to put the place under.");
        }
        if (place.postcode() != null && !POSTCODE.matcher(place.postcode()).matches()) {
            problems.add("The postcode '" + place.postcode() + "' is not a Dutch postcode such as 7511 JP.");
        }
        if (place.phone() != null && !PHONE.matcher(place.phone()).matches()) {
            problems.add("The phone number '" + place.phone() + "' has letters or is too short or too long.");
        }
        if (place.email() != null && !EMAIL.matcher(place.email()).matches()) {
            problems.add("The e-mail address '" + place.email() + "' is not an address.");
        }
        if (place.website() != null && !secureWebsite(place.website())) {
            problems.add("The website must be an https:// address.");
        }
        List<int[]> weekly = new ArrayList<>();
        for (PlaceKeeping.Hours hours : place.weekly()) {
            if (hours.weekday() == null || hours.weekday() < 1 || hours.weekday() > 7) {
                problems.add("Every weekly opening needs a weekday from 1 (Monday) to 7 (Sunday).");
                continue;
            }
            weekly.add(period((hours.weekday() - 1) * DAY, hours, problems));
        }
        if (overlap(weekly, WEEK)) {
            problems.add("Two weekly openings overlap; hours past midnight count into the next day.");
        }
        Set<LocalDate> dates = new HashSet<>();
        int holidayRules = 0;
        for (PlaceKeeping.SpecialDay day : place.specialDays()) {
            if (day.date() == null) {
                holidayRules++;
            } else if (!dates.add(day.date())) {
                problems.add("The date " + day.date() + " is given twice.");
            }
            List<int[]> periods = new ArrayList<>();
            for (PlaceKeeping.Hours hours : day.hours()) {
                periods.add(period(0, hours, problems));
            }
            if (overlap(periods, 0)) {
                problems.add("Two openings on " + (day.date() == null ? "public holidays" : day.date()) + " overlap.");
            }
        }
        if (holidayRules > 1) {
            problems.add("Give at most one rule for public holidays.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidText("Place not saved", problems);
        }
    }

    /** Minutes from the start of the week (or day) to opening and closing. */
    private static int[] period(int dayStart, PlaceKeeping.Hours hours, List<String> problems) {
        LocalTime opens = hours.opens();
        LocalTime closes = hours.closes();
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            problems.add("Opening hours are whole minutes, such as 09:00.");
        }
        int start = dayStart + opens.getHour() * 60 + opens.getMinute();
        int end = dayStart + closes.getHour() * 60 + closes.getMinute();
        if (end <= start) {
            end += DAY;
        }
        return new int[] {start, end};
    }

    /** Whether two periods share a minute; on a week ({@code cycle} > 0) Sunday night runs into Monday. */
    private static boolean overlap(List<int[]> periods, int cycle) {
        for (int i = 0; i < periods.size(); i++) {
            for (int j = i + 1; j < periods.size(); j++) {
                for (int shift : cycle == 0 ? new int[] {0} : new int[] {-cycle, 0, cycle}) {
                    int[] a = periods.get(i);
                    int[] b = periods.get(j);
                    if (a[0] < b[1] + shift && b[0] + shift < a[1]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean secureWebsite(String website) {
        try {
            URI uri = new URI(website);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
