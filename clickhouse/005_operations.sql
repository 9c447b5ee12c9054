-- Operational tables: the pipeline run log, the model inventory, rejected input, load coverage
-- and the assistant's audit log.

-- Grain: one row per pipeline step or data-quality check of a run.
CREATE TABLE IF NOT EXISTS pipeline_run_log
(
    run_id        UUID,
    run_kind      LowCardinality(String),
    step          String,
    started_at    DateTime64(3, 'UTC'),
    finished_at   DateTime64(3, 'UTC'),
    rows_in       UInt64,
    rows_out      UInt64,
    rows_rejected UInt64,
    duration_ms   UInt64,
    status        LowCardinality(String),
    error         String,
    check_name    String,
    check_passed  Nullable(Bool),
    details       String
)
ENGINE = MergeTree
ORDER BY (started_at, run_id)
COMMENT 'grain: one row per run step or data-quality check; status is running, succeeded, failed, passed or warned';

-- Grain: one row per modeled table (latest snapshot wins).
CREATE TABLE IF NOT EXISTS model_inventory
(
    table_name   String,
    layer        LowCardinality(String),
    grain        String,
    row_count    UInt64,
    bytes        UInt64,
    last_updated Nullable(DateTime('UTC')),
    refreshed_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(refreshed_at)
ORDER BY table_name
COMMENT 'grain: one row per modeled table';

-- Grain: one row per rejected input line.
CREATE TABLE IF NOT EXISTS quarantine
(
    run_id        UUID,
    source_file   String,
    line_number   UInt64,
    original_line String,
    reason        String,
    quarantined_at DateTime64(3, 'UTC')
)
ENGINE = MergeTree
ORDER BY (quarantined_at, source_file, line_number)
COMMENT 'grain: one row per rejected input line';

-- Grain: one row per generated (seed, date, member range) batch that reached stg_member_events.
-- A later load skips what is covered; insert tokens make a retried batch harmless.
CREATE TABLE IF NOT EXISTS load_batches
(
    seed         UInt64,
    event_date   Date,
    member_from  UInt32,
    member_to    UInt32,
    events       UInt64,
    run_id       UUID,
    loaded_at    DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
ORDER BY (seed, event_date, member_from)
COMMENT 'grain: one row per generated batch (seed, date, member range)';

-- Grain: one row per assistant question.
CREATE TABLE IF NOT EXISTS assistant_audit_log
(
    question_id    UUID,
    question       String,
    selected_tool  LowCardinality(String),
    arguments_json String,
    answer         String,
    latency_ms     UInt64,
    tokens         UInt64,
    created_at     DateTime64(3, 'UTC')
)
ENGINE = MergeTree
ORDER BY created_at
COMMENT 'grain: one row per assistant question';
