-- Drops the view v_member_day (created by 002): nothing reads it. The API, the loader and the checks read
-- fct_member_day with GROUP BY member_id, event_date (or the marts), and the dictionary no longer names it as a
-- source table (031). A view holds no data, so nothing is lost.
DROP VIEW IF EXISTS v_member_day;
