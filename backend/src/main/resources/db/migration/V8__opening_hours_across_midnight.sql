-- Opening hours past midnight, round the clock, on public holidays and on single dates.
--
-- A period belongs to the day it opens on and lasts less than or exactly one day:
--   closes after opens         the same day:            09:00 to 17:00
--   closes before opens        until the next day:      17:00 to 08:00 ends at 08:00 the next morning,
--                                                       18:00 to 00:00 ends at midnight
--   closes at the opening time 24 hours, to the same    08:00 to 08:00 is a weekend shift of an
--                              time the next day        after-hours post; 00:00 to 00:00 is the
--                                                       whole day, "open 24 hours"
-- Every row that V2 allowed (closes after opens) is still valid and means what it meant. Midnight is
-- written 00:00, never 24:00, and times are whole minutes, so that one period has one spelling.

ALTER TABLE opening_hours DROP CONSTRAINT opening_hours_check;
ALTER TABLE opening_hours
    ADD CONSTRAINT opening_hours_clock_times CHECK (opens < '24:00' AND closes < '24:00'
                                                    AND extract(second FROM opens) = 0 AND extract(second FROM closes) = 0);

-- A special day replaces the weekly hours of a place: on one date (a closure for a move, a study day)
-- or on every Dutch public holiday, which the service computes (Easter included) rather than tables.
-- A special day without hours is a closure, so "closed" and "open" cannot both be said of one day.
-- A date beats the public-holiday rule, which beats the weekly hours. A period of the day before that
-- runs past midnight still runs into a special day's morning.
CREATE TABLE special_day (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    place_id        bigint  NOT NULL REFERENCES place (id) ON DELETE CASCADE,
    on_date         date,
    public_holidays boolean NOT NULL DEFAULT false,
    -- Exactly one of the two: a date, or every public holiday.
    CHECK ((on_date IS NULL) = public_holidays),
    -- One rule per date, and one public-holiday rule, per place.
    UNIQUE NULLS NOT DISTINCT (place_id, on_date)
);

CREATE TABLE special_day_hours (
    special_day_id bigint NOT NULL REFERENCES special_day (id) ON DELETE CASCADE,
    -- Read like opening_hours: closing at or before the opening time means the next day.
    opens          time   NOT NULL,
    closes         time   NOT NULL,
    CHECK (opens < '24:00' AND closes < '24:00' AND extract(second FROM opens) = 0 AND extract(second FROM closes) = 0),
    PRIMARY KEY (special_day_id, opens)
);

CREATE TRIGGER special_day_published AFTER INSERT OR UPDATE OR DELETE ON special_day
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
CREATE TRIGGER special_day_hours_published AFTER INSERT OR UPDATE OR DELETE ON special_day_hours
    FOR EACH ROW EXECUTE FUNCTION count_up_published_version();
