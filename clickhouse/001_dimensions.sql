-- Member and experiment dimensions. Loaded before the events that reference them.
-- Pseudonymous ids only: no names, e-mail addresses or other personal data anywhere.

-- Grain: one row per member (the latest version wins on merge; read with FINAL or argMax).
CREATE TABLE IF NOT EXISTS dim_members
(
    member_id           UInt32,
    cohort_month        Date,
    joined_date         Date,
    plan_type           LowCardinality(String),
    goal                LowCardinality(String),
    acquisition_channel LowCardinality(String),
    status              LowCardinality(String),
    churned_date        Nullable(Date),
    reactivated_date    Nullable(Date),
    home_location_id    UInt16,
    age_band            LowCardinality(String),
    device_model        LowCardinality(String),
    updated_at          DateTime('UTC')
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY member_id
COMMENT 'grain: one row per member';

-- Grain: one row per member per experiment (a member is in at most one variant of an experiment).
CREATE TABLE IF NOT EXISTS dim_experiment_assignments
(
    experiment_name LowCardinality(String),
    member_id       UInt32,
    variant         LowCardinality(String),
    assigned_date   Date
)
ENGINE = ReplacingMergeTree
ORDER BY (experiment_name, member_id)
COMMENT 'grain: one row per experiment per member; variant is baseline or release_candidate';
