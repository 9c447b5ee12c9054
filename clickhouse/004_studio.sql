-- Studio data: locations, instructors, scheduled classes, and bookings with their outcome.
--
--   fct_class_attendance --mv_class_daily--> agg_class_daily

-- Grain: one row per studio location.
CREATE TABLE IF NOT EXISTS dim_locations
(
    location_id UInt16,
    name        String,
    city        LowCardinality(String),
    region      LowCardinality(String),
    opened_date Date
)
ENGINE = ReplacingMergeTree
ORDER BY location_id
COMMENT 'grain: one row per studio location';

-- Grain: one row per instructor (a pseudonymous code, no names).
CREATE TABLE IF NOT EXISTS dim_instructors
(
    instructor_id    UInt16,
    instructor_code  String,
    specialty        LowCardinality(String),
    home_location_id UInt16
)
ENGINE = ReplacingMergeTree
ORDER BY instructor_id
COMMENT 'grain: one row per instructor';

-- Grain: one row per scheduled class.
CREATE TABLE IF NOT EXISTS dim_classes
(
    class_id         UInt32,
    class_date       Date,
    starts_at        DateTime('UTC'),
    location_id      UInt16,
    instructor_id    UInt16,
    class_type       LowCardinality(String),
    duration_minutes UInt16,
    capacity         UInt16
)
ENGINE = ReplacingMergeTree
ORDER BY (class_date, location_id, class_id)
COMMENT 'grain: one row per scheduled class';

-- Grain: one row per booking; status is attended, no_show or cancelled. Immutable like the events.
CREATE TABLE IF NOT EXISTS fct_class_attendance
(
    booking_id    UUID,
    class_id      UInt32,
    member_id     UInt32,
    class_date    Date,
    location_id   UInt16,
    instructor_id UInt16,
    class_type    LowCardinality(String),
    status        LowCardinality(String),
    booked_at     DateTime('UTC')
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(class_date)
ORDER BY (class_date, location_id, class_id, member_id)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per class booking';

-- Grain: one row per date x location x instructor x class type (once merged).
CREATE TABLE IF NOT EXISTS agg_class_daily
(
    class_date    Date,
    location_id   UInt16,
    instructor_id UInt16,
    class_type    LowCardinality(String),
    bookings      SimpleAggregateFunction(sum, UInt64),
    attended      SimpleAggregateFunction(sum, UInt64),
    no_shows      SimpleAggregateFunction(sum, UInt64),
    cancelled     SimpleAggregateFunction(sum, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (class_date, location_id, instructor_id, class_type)
SETTINGS non_replicated_deduplication_window = 100000
COMMENT 'grain: one row per date, location, instructor and class type';

CREATE MATERIALIZED VIEW IF NOT EXISTS mv_class_daily TO agg_class_daily AS
SELECT
    class_date, location_id, instructor_id, class_type,
    count()                        AS bookings,
    countIf(status = 'attended')   AS attended,
    countIf(status = 'no_show')    AS no_shows,
    countIf(status = 'cancelled')  AS cancelled
FROM fct_class_attendance
GROUP BY class_date, location_id, instructor_id, class_type;
