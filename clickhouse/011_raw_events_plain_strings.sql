-- stg_member_events takes its text columns as plain String instead of LowCardinality(String).
-- Why: the loader streams RowBinary, and ClickHouse builds LowCardinality dictionaries row by row while it
-- parses RowBinary. Measured on chDB 26.7 (5M event rows from one RowBinary file): 9-10 s into
-- LowCardinality columns, 2.5 s into String. The raw table is written far more than it is read (the API reads
-- the fact and marts, which keep LowCardinality), and sorted by member the repeated values still compress well.
-- Key column event_type included: String and LowCardinality(String) order the same, so the sort key is unchanged.
ALTER TABLE stg_member_events
    MODIFY COLUMN event_type String,
    MODIFY COLUMN plan_type String,
    MODIFY COLUMN goal String,
    MODIFY COLUMN acquisition_channel String,
    MODIFY COLUMN source String;
