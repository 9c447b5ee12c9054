-- agg_experiment_summary (experiment x variant x date x period) and its view were maintained on every insert of
-- fct_member_day and read by nothing: experiment readouts use agg_experiment_member (member level, for CUPED and
-- the t-tests). The view goes first, so no insert feeds a table being dropped.
DROP VIEW IF EXISTS mv_experiment_daily;
DROP TABLE IF EXISTS agg_experiment_summary;
