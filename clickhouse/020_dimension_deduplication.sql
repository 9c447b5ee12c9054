-- Insert deduplication for the dimensions. Non-replicated MergeTree tables keep no insert tokens unless they
-- have a deduplication window, so the loader's insert_deduplication_token on dim_members and
-- dim_experiment_assignments did nothing, and dim_classes (written again on every resumed load) had no token at
-- all: after three killed loads it held 360,960 rows instead of 175,200 and model_inventory reported them.
-- The loader now writes only the class days dim_classes lacks, with a token; these windows drop a re-sent block.
ALTER TABLE dim_members MODIFY SETTING non_replicated_deduplication_window = 1000;
ALTER TABLE dim_experiment_assignments MODIFY SETTING non_replicated_deduplication_window = 1000;
ALTER TABLE dim_classes MODIFY SETTING non_replicated_deduplication_window = 1000;

-- Repairs a warehouse that already holds duplicate classes (ReplacingMergeTree collapses rows of the same key).
OPTIMIZE TABLE dim_classes FINAL;
