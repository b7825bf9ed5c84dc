"""The demo idle units of East and West Azerbaijan, calibrated to the brief's figures."""
import datetime as dt

from demo_common import (CODES, PROVINCE_FA, TODAY, arabize, company, millions, one_decimal,
                         person, pick_sector, rand_date, rng, to_jalali)
from demo_projects import counties_for, estate_for
import vocabulary as voc

EA_ELIGIBLE_UNITS = 95
EA_REVIVED_BY_MANAGEMENT = 12
WA_ELIGIBLE_UNITS = 217

OTHER_PATHS = ["working_capital_facility", "debt_restructuring", "infrastructure", "market_support",
               "other"]
CAPACITY_USE = {"idle": (0, 8), "semi_active": (15, 50), "under_revival": (0, 30),
                "revived": (55, 90), "closed": (0, 0)}


def unit(province, county, status, has_market, justified, path):
    isic = pick_sector(county)
    product = rng.choice(voc.SECTOR_PRODUCTS[isic][1])
    idle_since = rand_date(dt.date(2014, 3, 21), dt.date(2023, 12, 31))
    licence_date = rand_date(dt.date(1998, 1, 1), idle_since - dt.timedelta(days=400))
    jobs_before = max(6, int(rng.lognormvariate(3.3, 0.7)))
    lo, hi = CAPACITY_USE[status]
    return {
        "licence_no": CODES.next("licence", province, to_jalali(licence_date)[0]),
        "province": PROVINCE_FA[province] if rng.random() < 0.9 else province,
        "county": arabize(county, 0.05),
        "sector": isic,
        "name": arabize(rng.choice(voc.UNIT_PATTERNS).format(p=product, b=rng.choice(voc.BRANDS))),
        "operator": arabize(company() if rng.random() < 0.7 else person()),
        "status": status,
        "idle_since": idle_since,
        "capacity_use": one_decimal(lo, hi),
        "jobs_before": jobs_before,
        "jobs_restorable": max(1, int(jobs_before * rng.uniform(0.5, 1.0))),
        "has_market": has_market,
        "justified": justified,
        "working_capital_rial": millions(rng.lognormvariate(2.7, 0.7) * 10**9),
        "fixed_capital_rial": millions(rng.lognormvariate(2.3, 1.0) * 10**9) if rng.random() < 0.6 else 0,
        "export_oriented": 1 if rng.random() < 0.2 else 0,
        "notes": rng.choice(voc.UNIT_NOTES),
        "estate": estate_for(province, county),
        "revival_path": path,
        "_province": province,
    }


def candidate_path():
    return rng.choice(["working_capital_facility"] * 5 + ["debt_restructuring", "market_support",
                                                           "infrastructure", "none", "none"])


def province_units(province, eligible, other_candidates, revived_mgmt, revived_other, revival, closed):
    plan = []
    for _ in range(eligible):
        plan.append((rng.choice(["idle"] * 7 + ["semi_active"] * 3), 1, 1, candidate_path()))
    for _ in range(other_candidates):
        market, justified = rng.choice([(1, 0), (0, 1), (0, 0), (1, 0), (0, 1)])
        plan.append((rng.choice(["idle", "semi_active"]), market, justified, candidate_path()))
    plan += [("revived", 1, 1, "management_change")] * revived_mgmt
    plan += [("revived", 1, 1, rng.choice(OTHER_PATHS)) for _ in range(revived_other)]
    plan += [("under_revival", 1, rng.choice([0, 1]), rng.choice(OTHER_PATHS + ["management_change"]))
             for _ in range(revival)]
    plan += [("closed", 0, 0, "none") for _ in range(closed)]
    counties = counties_for(province, len(plan), 2)
    out = [unit(province, c, *row) for c, row in zip(counties, plan)]
    rng.shuffle(out)
    return out


def all_units():
    ea = province_units("EA", EA_ELIGIBLE_UNITS, 150, EA_REVIVED_BY_MANAGEMENT, 20, 25, 25)
    wa = province_units("WA", WA_ELIGIBLE_UNITS, 120, 0, 20, 20, 20)
    assert all(u["idle_since"] <= TODAY for u in ea + wa)
    return ea + wa
