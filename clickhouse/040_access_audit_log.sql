-- The access audit: every admin action and every refused request (401, 403, 429, or a field refused with FORBIDDEN),
-- written by the API; Platform Health lists it to admins. Never a credential: the caller is a key id (key:<id>), a
-- token subject (token:<sub>), loopback (Development) or anonymous.

-- Grain: one row per audited request.
CREATE TABLE IF NOT EXISTS access_audit_log
(
    at             DateTime64(3, 'UTC'),
    request_id     String,
    caller         String,
    roles          Array(LowCardinality(String)),
    scope          String,
    method         LowCardinality(String),
    path           String,
    operation_name String,
    document_id    String,
    status_code    UInt16,
    outcome        LowCardinality(String),
    duration_ms    Float64
)
ENGINE = MergeTree
ORDER BY at
TTL toDateTime(at) + INTERVAL 400 DAY
COMMENT 'grain: one row per admin action or refused request';
