#!/usr/bin/env python3
"""Checks the assistant's evaluation sets against the contract in TOOLS.md.

Usage: python3 check_sets.py [set.json ...]   (default: test.json, dev.json and heldout-2.json next to this file)

Prints the counts per tool and per refusal kind of each set; exits 1 with every problem found.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

AS_OF = datetime.date(2026, 10, 31)
DATA_START = datetime.date(2024, 11, 1)
MAX_RANGE_DAYS = 3 * 366

PLANS = {"MONTHLY", "ANNUAL", "STUDENT", "FAMILY", "CORPORATE"}
GOALS = {"SLEEP", "RECOVERY", "PERFORMANCE", "WEIGHT_LOSS", "STRESS"}
CHANNELS = {"ORGANIC", "PAID_SOCIAL", "REFERRAL", "PARTNER", "PODCAST", "RETAIL"}
GRAINS = {"DAY", "WEEK", "MONTH"}
BREAKDOWNS = {"PLAN_TYPE", "GOAL", "ACQUISITION_CHANNEL", "COHORT_MONTH"}
PERFORMANCE_METRICS = {"recovery_score", "sleep_hours", "strain", "resting_heart_rate",
                       "engagement_score", "low_recovery_rate", "workouts"}
EXPERIMENT_METRICS = {"recovery_score", "sleep_hours", "strain", "engagement_score", "low_recovery_rate"}
RANKING_METRICS = PERFORMANCE_METRICS | {"new_members", "churn_rate", "thirty_day_retention",
                                         "subscription_continuity"}
EXPERIMENTS = ["recovery_model_v5", "sleep_coach_v2"]  # the order `experiments` lists them
SURFACES = {"GROWTH", "PERFORMANCE", "EXPERIMENTS", "PLATFORM_HEALTH", "ASSISTANT"}
STATES = {"NEW", "RETURNING", "RESURRECTED", "DORMANT"}
TABLES = {"agg_class_daily", "agg_cohort_daily", "agg_experiment_member", "agg_experiment_summary",
          "agg_member_lifecycle", "assistant_audit_log", "dim_classes", "dim_experiment_assignments",
          "dim_instructors", "dim_locations", "dim_members", "fct_class_attendance", "fct_member_day",
          "load_batches", "metric_dictionary", "model_inventory", "pipeline_run_log", "quarantine",
          "stg_member_events"}
DICTIONARY = {"active_members", "api_request_latency", "api_requests", "check_ins", "churn_rate",
              "class_attendance_rate", "class_no_show_rate", "class_utilisation", "day_n_retention",
              "dormant_members", "engagement_score", "experiment_absolute_lift", "experiment_cuped_lift",
              "experiment_p_value", "experiment_relative_lift", "freshness_lag_days", "lifecycle_new_members",
              "low_recovery_guardrail", "low_recovery_rate", "monthly_active_members", "new_members",
              "pipeline_rows_rejected", "quality_pass_rate", "recovery_score", "resting_heart_rate",
              "resurrected_members", "retention_rate", "returning_members", "sample_ratio_mismatch",
              "sessions", "sleep_hours", "stickiness", "strain", "subscription_continuity",
              "thirty_day_retention", "weekly_active_members", "workouts"}
REFUSALS = {"OUT_OF_SCOPE", "NOT_COMPUTED_YET", "AMBIGUOUS", "UNSUPPORTED_FILTER", "UNSAFE"}

SEGMENT = ["segment.planTypes", "segment.goals", "segment.acquisitionChannels", "segment.cohortMonths"]
RANGE = ["range.from", "range.to"]
COHORTS = ["cohorts.from", "cohorts.to"]

# tool -> (required keys, optional keys)
TOOLS = {
    "METRIC_TREND": (["metric", *RANGE, "grain"], ["breakdown", *SEGMENT]),
    "ACTIVE_MEMBERS": ([*RANGE, "grain"], ["breakdown", *SEGMENT]),
    "NEW_MEMBERS": ([*RANGE, "grain"], ["breakdown", *SEGMENT]),
    "RETENTION_MATRIX": ([*COHORTS, "maxMonthsSinceJoin"], ["breakdown", *SEGMENT]),
    "CHURN": ([*RANGE, "grain"], ["breakdown", *SEGMENT]),
    "EXPERIMENT_READOUT": (["experiment", "metric"], []),
    "METRIC_DEFINITION": (["metric"], []),
    "PLATFORM_HEALTH": ([], []),
    "LIFECYCLE": ([*RANGE, "grain"], ["state", "breakdown", *SEGMENT]),
    "SUBSCRIPTION_CONTINUITY": ([*RANGE, "grain"], ["breakdown", *SEGMENT]),
    "THIRTY_DAY_RETENTION": ([*RANGE, "grain"], ["breakdown", *SEGMENT]),
    "RETENTION_CURVE": ([*COHORTS, "maxDays"], ["breakdown", *SEGMENT]),
    "COHORT_COMPARISON": ([*RANGE, "grain"], [*SEGMENT]),
    "RANKING": (["metric", "breakdown", "order", *RANGE], ["limit", *SEGMENT]),
    "GROWTH_OVERVIEW": ([*RANGE, "grain"], [*SEGMENT]),
    "EXPERIMENT_LIST": (["experiment"], []),
    "SAMPLE_RATIO_CHECK": (["experiment"], []),
    "MODEL_INVENTORY": ([], ["table"]),
    "API_HEALTH": ([], []),
    "METRIC_LIST": ([], ["surface", "search"]),
    "ASSISTANT_QUESTIONS": ([], []),
}
NO_COHORT_BREAKDOWN = {"NEW_MEMBERS", "THIRTY_DAY_RETENTION", "RETENTION_MATRIX"}
METRICS_OF = {"METRIC_TREND": PERFORMANCE_METRICS, "EXPERIMENT_READOUT": EXPERIMENT_METRICS,
              "METRIC_DEFINITION": DICTIONARY, "RANKING": RANKING_METRICS}


def parse_date(text):
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError(f"not YYYY-MM-DD: {text!r}")
    return datetime.date.fromisoformat(text)


def enum_list(text, allowed, key):
    values = text.split(",")
    problems = [f"{key}: unknown value {v!r}" for v in values if v not in allowed]
    if values != sorted(values):
        problems.append(f"{key}: values not in alphabetical order: {text}")
    if len(set(values)) != len(values):
        problems.append(f"{key}: repeated value: {text}")
    return problems


def check_range(args, prefix, whole_months):
    problems = []
    try:
        start, end = parse_date(args[prefix + ".from"]), parse_date(args[prefix + ".to"])
    except ValueError as error:
        return [f"{prefix}: {error}"]
    if end < start:
        problems.append(f"{prefix}: reversed ({start} > {end})")
    if start < DATA_START or end > AS_OF:
        problems.append(f"{prefix}: outside the data {DATA_START} .. {AS_OF}")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        problems.append(f"{prefix}: longer than 3 years")
    if whole_months:
        next_day = end + datetime.timedelta(days=1)
        if start.day != 1 or not (next_day.day == 1 or end == AS_OF):
            problems.append(f"{prefix}: cohorts must be whole months ({start} .. {end})")
    return problems


def check_arguments(tool, args):
    problems = []
    required, optional = TOOLS[tool]
    for key in required:
        if key not in args:
            problems.append(f"missing argument {key}")
    for key, value in args.items():
        if key not in required and key not in optional:
            problems.append(f"argument {key} not allowed for {tool}")
        if not isinstance(value, str) or value == "" or value != value.strip():
            problems.append(f"argument {key} must be a non-empty trimmed string: {value!r}")
    if problems:
        return problems

    if "range.from" in args:
        problems += check_range(args, "range", whole_months=False)
    if "cohorts.from" in args:
        problems += check_range(args, "cohorts", whole_months=True)
    if "grain" in args and args["grain"] not in GRAINS:
        problems.append(f"grain: {args['grain']!r}")
    if "metric" in args and args["metric"] not in METRICS_OF[tool]:
        problems.append(f"metric {args['metric']!r} not a {tool} metric")
    if "breakdown" in args:
        if args["breakdown"] not in BREAKDOWNS:
            problems.append(f"breakdown: {args['breakdown']!r}")
        elif args["breakdown"] == "COHORT_MONTH" and tool in NO_COHORT_BREAKDOWN:
            problems.append(f"breakdown COHORT_MONTH not allowed for {tool}")
    if "order" in args and args["order"] not in {"DESC", "ASC"}:
        problems.append(f"order: {args['order']!r}")
    for key in ("limit", "maxDays", "maxMonthsSinceJoin"):
        if key in args and not re.fullmatch(r"[1-9]\d*", args[key]):
            problems.append(f"{key}: not a positive integer: {args[key]!r}")
    if "maxMonthsSinceJoin" in args and int(args["maxMonthsSinceJoin"]) > 24:
        problems.append("maxMonthsSinceJoin above the data's 24 months")
    if "maxDays" in args and int(args["maxDays"]) > 730:
        problems.append("maxDays above the data's 730 days")
    if "experiment" in args:
        names = args["experiment"].split(",")
        if any(n not in EXPERIMENTS for n in names) or names != [e for e in EXPERIMENTS if e in names]:
            problems.append(f"experiment: {args['experiment']!r}")
    if "state" in args and args["state"] not in STATES:
        problems.append(f"state: {args['state']!r}")
    if "surface" in args and args["surface"] not in SURFACES:
        problems.append(f"surface: {args['surface']!r}")
    if "search" in args and args["search"] != args["search"].lower():
        problems.append("search must be lower case")
    if "table" in args and args["table"] not in TABLES:
        problems.append(f"table: {args['table']!r}")
    if "segment.planTypes" in args:
        problems += enum_list(args["segment.planTypes"], PLANS, "segment.planTypes")
    if "segment.goals" in args:
        problems += enum_list(args["segment.goals"], GOALS, "segment.goals")
    if "segment.acquisitionChannels" in args:
        problems += enum_list(args["segment.acquisitionChannels"], CHANNELS, "segment.acquisitionChannels")
    if "segment.cohortMonths" in args:
        months = args["segment.cohortMonths"].split(",")
        try:
            dates = [parse_date(m) for m in months]
            if any(d.day != 1 or d < DATA_START or d > AS_OF for d in dates):
                problems.append("segment.cohortMonths: first-of-month dates inside the data only")
            if dates != sorted(set(dates)):
                problems.append("segment.cohortMonths: not in date order or repeated")
        except ValueError as error:
            problems.append(f"segment.cohortMonths: {error}")
    return problems


def normalise(question):
    return re.sub(r"[^a-z0-9]+", " ", question.lower()).strip()


def check_set(path, seen):
    problems = []
    with open(path, encoding="utf-8") as file:
        data = json.load(file)
    if data.get("asOf") != AS_OF.isoformat():
        problems.append(f"asOf must be {AS_OF}")
    if not isinstance(data.get("description"), str) or not data["description"]:
        problems.append("description missing")
    questions = data.get("questions")
    if not isinstance(questions, list) or not questions:
        return data, [*problems, "questions missing"]
    for index, case in enumerate(questions):
        where = f"#{index} {case.get('question')!r}"
        extra = set(case) - {"question", "tool", "arguments", "refusal"}
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        question, tool, args = case.get("question"), case.get("tool", "missing"), case.get("arguments")
        if not isinstance(question, str) or not question.strip() or len(question) > 500:
            problems.append(f"{where}: question must be 1-500 characters")
            continue
        key = normalise(question)
        if key in seen:
            problems.append(f"{where}: repeats a question of {seen[key]}")
        seen[key] = os.path.basename(path)
        if not isinstance(args, dict):
            problems.append(f"{where}: arguments must be an object")
            continue
        if tool is None:
            if case.get("refusal") not in REFUSALS:
                problems.append(f"{where}: refused question needs a refusal kind, got {case.get('refusal')!r}")
            if args:
                problems.append(f"{where}: refused question has arguments")
        elif tool in TOOLS:
            if "refusal" in case:
                problems.append(f"{where}: refusal set on an answered question")
            problems += [f"{where}: {p}" for p in check_arguments(tool, args)]
        else:
            problems.append(f"{where}: unknown tool {tool!r}")
    return data, problems


def main(paths):
    here = os.path.dirname(os.path.abspath(__file__))
    paths = paths or [os.path.join(here, name) for name in ("test.json", "dev.json", "heldout-2.json")]
    seen, failed = {}, False
    for path in paths:
        if not os.path.exists(path):
            print(f"{os.path.basename(path)}: not present, skipped")
            continue
        data, problems = check_set(path, seen)
        questions = data.get("questions") or []
        tools = Counter(q.get("tool") or "(refused)" for q in questions)
        refusals = Counter(q["refusal"] for q in questions if q.get("tool") is None and "refusal" in q)
        print(f"{os.path.basename(path)}: {len(questions)} questions, {sum(refusals.values())} refused")
        for tool in [*TOOLS, "(refused)"]:
            print(f"  {tool:<24} {tools.get(tool, 0)}")
        for kind in sorted(REFUSALS):
            print(f"  refusal {kind:<16} {refusals.get(kind, 0)}")
        missing = [t for t in TOOLS if tools.get(t, 0) == 0]
        if missing:
            print(f"  note: no question for {', '.join(missing)}")
        for problem in problems:
            print(f"  PROBLEM {problem}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
