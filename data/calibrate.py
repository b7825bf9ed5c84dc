#!/usr/bin/env python3
"""Writes every CSV of data/reference and data/demo, deterministically (fixed seed 1403).

Run from anywhere:  python3 data/calibrate.py   (python3 standard library only)
The demo dataset is calibrated to the figures of the domain brief; README.md says how, and this
script prints the figures it reached.
"""
import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from demo_common import TODAY, flag, fmt_date, millions, rand_date, rng  # noqa: E402
import demo_projects  # noqa: E402
import demo_units  # noqa: E402
import reference_tables as ref  # noqa: E402
import vocabulary as voc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

PROJECT_COLUMNS = ["permit_no", "province", "county", "sector", "title", "investor", "status",
                   "progress", "invested_rial", "remaining_rial", "planned_jobs", "export_oriented",
                   "permit_date", "expected_completion", "notes", "estate", "permit_expiry", "capacity"]
UNIT_COLUMNS = ["licence_no", "province", "county", "sector", "name", "operator", "status",
                "idle_since", "capacity_use", "jobs_before", "jobs_restorable", "has_market",
                "justified", "working_capital_rial", "fixed_capital_rial", "export_oriented", "notes",
                "estate", "revival_path"]
OFFICERS = [name for _, name, role in ref.USERS if role == "officer"]


def write(relpath, header, rows):
    path = os.path.join(HERE, relpath)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])


def cell(value):
    if isinstance(value, dt.date):
        return fmt_date(value)
    if isinstance(value, float):
        return f"{value:.1f}".rstrip("0").rstrip(".")
    return value


def row_of(record, columns):
    return [cell(record[c]) for c in columns]


# ---- events -----------------------------------------------------------------------------------
def reports_for(p):
    """2-6 dated reports, increasing, at least 45 days apart; the last is the current progress."""
    current = p["progress"]
    if current < 3 or rng.random() >= 0.6:
        return []
    n = rng.choice([2, 2, 3, 3, 3, 4, 4, 5, 6])
    first = max(p["permit_date"] + dt.timedelta(days=60), dt.date(2016, 1, 1))
    months = (TODAY.year - first.year) * 12 + TODAY.month - first.month - 1
    if months < n * 2:
        return []
    slots = sorted(rng.sample(range(0, months // 2), n))
    dates = [first + dt.timedelta(days=61 * s + rng.randint(0, 15)) for s in slots]
    values = sorted({round(rng.uniform(current * 0.15, current * 0.97), 1) for _ in range(n - 1)})
    values = [v for v in values if v < current] + [current]
    dates = dates[-len(values):]
    out = []
    for d, v in zip(dates, values):
        note = rng.choice(["", "", "بازدید میدانی", "گزارش ماهانه سرمایه‌گذار", "تأیید ناظر"])
        out.append([p["_province"], p["permit_no"], fmt_date(min(d, TODAY)), cell(v),
                    rng.choice(OFFICERS), note])
    return out


def obstacles_for(kind, rec, weights, since):
    out = []
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        t = rng.choices(list(weights), weights=list(weights.values()))[0]
        opened = rand_date(max(since, dt.date(2016, 1, 1)), TODAY - dt.timedelta(days=20))
        resolved = None
        if rng.random() < (0.8 if rec["status"] == "revived" else 0.25):
            resolved = rand_date(opened + dt.timedelta(days=20), TODAY)
        code = rec["permit_no"] if kind == "project" else rec["licence_no"]
        out.append([kind, rec["_province"], code, t, rng.choice(voc.OBSTACLE_TEXTS[t]),
                    fmt_date(opened), fmt_date(resolved)])
    return out


AGENCY_FA = {en: fa for fa, en, _ in ref.AGENCIES}


def action(kind, rec, atype, status, since):
    started = rand_date(max(since, dt.date(2019, 3, 21)), TODAY - dt.timedelta(days=30))
    finished = rand_date(started + dt.timedelta(days=15), TODAY) if status in ("done", "cancelled") else None
    amount = 0
    if atype in ("facility_granted", "bank_referral"):
        amount = millions(rng.uniform(3, 80) * 10**9)
    code = rec["permit_no"] if kind == "project" else rec["licence_no"]
    outcome = rng.choice(voc.OUTCOMES[atype]) if status == "done" else ""
    return [kind, rec["_province"], code, atype, AGENCY_FA[rng.choice(voc.ACTION_AGENCIES[atype])],
            fmt_date(started), fmt_date(finished), amount, status, outcome]


def actions_for(kind, rec, since):
    if kind == "unit" and rec["status"] == "revived":
        atype = "management_changed" if rec["revival_path"] == "management_change" else "facility_granted"
        return [action(kind, rec, "workgroup_decision", "done", since), action(kind, rec, atype, "done", since)]
    share = 0.35 if kind == "unit" else 0.2
    if rec["status"] in ("closed", "cancelled", "operational") or rng.random() >= share:
        return []
    types = ["workgroup_decision", "bank_referral", "facility_granted", "utility_connected",
             "permit_issued", "other"]
    out = []
    for _ in range(rng.choice([1, 1, 2])):
        atype = rng.choices(types, weights=[4, 4, 3, 2, 1 if kind == "unit" else 3, 1])[0]
        out.append(action(kind, rec, atype, rng.choice(["planned", "in_progress", "done", "done",
                                                        "cancelled"]), since))
    return out


# ---- main -------------------------------------------------------------------------------------
def write_reference():
    write("reference/provinces.csv", ["code", "name_fa", "name_en"], [p[:3] for p in ref.PROVINCES])
    counties = [("EA", fa, en) for fa, en, _ in ref.EA_COUNTIES]
    counties += [("WA", fa, en) for fa, en, _ in ref.WA_COUNTIES]
    counties += [(code, cfa, cen) for code, _, _, cfa, cen in ref.PROVINCES if code not in ("EA", "WA")]
    write("reference/counties.csv", ["province", "name_fa", "name_en"], counties)
    write("reference/estates.csv", ["province", "county", "name_fa", "name_en"], ref.ESTATES)
    write("reference/sectors.csv", ["isic", "name_fa", "name_en"], ref.SECTORS)
    write("reference/agencies.csv", ["name_fa", "name_en", "group"], ref.AGENCIES)
    write("reference/users.csv", ["login", "full_name", "role"], ref.USERS)


def summary(ea_half, ea_other, wa, units):
    def tier(p):
        return "A" if p >= 75 else "B" if p >= 50 else "C" if p >= 25 else "D"

    print(f"EA half-finished projects: {len(ea_half)}")
    print(f"  remaining: {sum(p['remaining_rial'] for p in ea_half):,} rials")
    print(f"  planned jobs: {sum(p['planned_jobs'] for p in ea_half):,}")
    counts = {t: sum(1 for p in ea_half if tier(p['progress']) == t) for t in "ABCD"}
    print(f"  tiers: {counts}")
    print(f"  counties: {len({p['county'].replace('ي', 'ی').replace('ك', 'ک') for p in ea_half})}")
    rem = sorted(p["remaining_rial"] / 1e9 for p in ea_half)
    inside = sum(1 for r in rem if 5 <= r <= 200)
    print(f"  remaining per project (billion rials): min {rem[0]:.0f}, median {rem[len(rem) // 2]:.0f}, "
          f"max {rem[-1]:.0f}; {inside} of {len(rem)} within 5-200")
    print(f"EA operational / cancelled: {sum(p['status'] == 'operational' for p in ea_other)} / "
          f"{sum(p['status'] == 'cancelled' for p in ea_other)}")
    wa_half = [p for p in wa if p["status"] in ("under_construction", "stalled")]
    print(f"WA half-finished: {len(wa_half)}, above 60%: {sum(p['progress'] > 60 for p in wa_half)}, "
          f"max of the others: {max(p['progress'] for p in wa if p['progress'] <= 60)}")
    for prov in ("EA", "WA"):
        us = [u for u in units if u["_province"] == prov]
        elig = sum(u["status"] in ("idle", "semi_active") and u["has_market"] and u["justified"] for u in us)
        mgmt = sum(u["status"] == "revived" and u["revival_path"] == "management_change" for u in us)
        print(f"{prov} units: {len(us)}, eligible: {elig}, revived by management change: {mgmt}")


def main():
    write_reference()
    ea_half, ea_other = demo_projects.ea_projects()
    wa = demo_projects.wa_projects()
    projects = ea_half + ea_other + wa
    rng.shuffle(projects)
    units = demo_units.all_units()
    for kind, records in (("permit_no", projects), ("licence_no", units)):
        keys = [(r["_province"], r[kind]) for r in records]
        assert len(keys) == len(set(keys)), f"duplicate {kind}"
    reports, obstacles, actions = [], [], []
    for p in projects:
        reports += reports_for(p)
        if p["status"] in ("under_construction", "stalled") and rng.random() < 0.3:
            obstacles += obstacles_for("project", p, voc.PROJECT_OBSTACLE_WEIGHTS, p["permit_date"])
        actions += actions_for("project", p, p["permit_date"])
    for u in units:
        since = u["idle_since"] - dt.timedelta(days=180)
        if rng.random() < 0.5 or u["status"] == "revived":
            obstacles += obstacles_for("unit", u, voc.UNIT_OBSTACLE_WEIGHTS, since)
        actions += actions_for("unit", u, since)
    summary(ea_half, ea_other, wa, units)
    # flags as officers write them: 1/0 mostly, sometimes yes/no in Persian
    for u in units:
        for key in ("has_market", "justified"):
            u[key] = flag(u[key])
    write("demo/projects.csv", PROJECT_COLUMNS, [row_of(p, PROJECT_COLUMNS) for p in projects])
    write("demo/units.csv", UNIT_COLUMNS, [row_of(u, UNIT_COLUMNS) for u in units])
    write("demo/progress_reports.csv", ["province", "permit_no", "date", "percent", "reported_by", "note"],
          reports)
    write("demo/obstacles.csv", ["owner_kind", "province", "code", "type", "description", "opened",
                                 "resolved"], obstacles)
    write("demo/actions.csv", ["owner_kind", "province", "code", "type", "agency", "started", "finished",
                               "amount_rial", "status", "outcome"], actions)
    print(f"projects {len(projects)}, units {len(units)}, reports {len(reports)} "
          f"(projects with history: {len({(r[0], r[1]) for r in reports})}), obstacles {len(obstacles)}, "
          f"actions {len(actions)}")


if __name__ == "__main__":
    main()
