"""The demo projects of East and West Azerbaijan, calibrated to the brief's figures."""
import datetime as dt
import math

from demo_common import (CODES, PROVINCE_FA, arabize, capacity, investor, millions, one_decimal,
                         pick_sector, rand_date, rng, safe_day, to_jalali)
import reference_tables as ref
import vocabulary as voc

# Calibration targets (BRIEF.md "Figures from the sources")
EA_HALF_FINISHED = 1610
EA_TIERS = {"A": 290, "B": 435, "C": 483, "D": 402}  # by progress 75 / 50 / 25
EA_REMAINING_RIAL = 65_000 * 10**9  # 6,500 billion toman
EA_PLANNED_JOBS = 12_000
WA_ABOVE_60 = 307
WA_AT_OR_BELOW_60 = 470


# ---- projects ---------------------------------------------------------------------------------
def counties_for(province, n, minimum):
    table = voc_counties(province)
    names = [c for c, _, _ in table for _ in range(minimum)]
    names += rng.choices([c for c, _, _ in table], weights=[w for _, _, w in table],
                         k=n - len(names))
    rng.shuffle(names)
    return names


def voc_counties(province):
    return ref.EA_COUNTIES if province == "EA" else ref.WA_COUNTIES


ESTATES_BY_COUNTY = {}
for _p, _c, _fa, _en in ref.ESTATES:
    ESTATES_BY_COUNTY.setdefault((_p, _c), []).append(_fa)


def estate_for(province, county):
    choices = ESTATES_BY_COUNTY.get((province, county), [])
    return rng.choice(choices) if choices and rng.random() < 0.6 else ""


def base_project(province, county, status, progress):
    isic = pick_sector(county)
    product = rng.choice(voc.SECTOR_PRODUCTS[isic][1])
    permit_date = rand_date(dt.date(2011, 1, 1), dt.date(2022, 6, 30))
    year = to_jalali(permit_date)[0]
    return {
        "permit_no": CODES.next("permit", province, year),
        "province": PROVINCE_FA[province] if rng.random() < 0.9 else province,
        "county": arabize(county, 0.05),
        "sector": isic,
        "title": arabize(rng.choice(voc.TITLE_PATTERNS).format(p=product)),
        "investor": investor(),
        "status": status,
        "progress": progress,
        "invested_rial": 0,
        "remaining_rial": 0,
        "planned_jobs": 0,
        "export_oriented": 1 if rng.random() < 0.22 else 0,
        "permit_date": permit_date,
        "expected_completion": None,
        "notes": rng.choice(voc.PROJECT_NOTES),
        "estate": estate_for(province, county),
        "permit_expiry": safe_day(permit_date + dt.timedelta(days=rng.choice([730, 1095, 1460, 1825]))),
        "capacity": capacity(isic),
        "_province": province,
    }


def progress_in(tier):
    lo, hi = {"A": (75.0, 97.5), "B": (50.0, 74.9), "C": (25.0, 49.9), "D": (1.5, 24.9)}[tier]
    return one_decimal(lo, hi)


def set_money(p, remaining):
    p["remaining_rial"] = remaining
    prog = p["progress"]
    invested = remaining * prog / max(100.0 - prog, 2.0) * rng.uniform(0.6, 1.4)
    p["invested_rial"] = millions(invested)
    if p["status"] in ("under_construction", "stalled"):
        p["expected_completion"] = rand_date(dt.date(2025, 4, 1), dt.date(2027, 12, 28))


def draw_remaining(progress):
    """Billion rials still needed: most 5-200, a few large ones."""
    if rng.random() < 0.02:
        return rng.uniform(300, 1500)
    value = math.exp(rng.gauss(math.log(18), 0.8)) * (0.4 + (100 - progress) / 100)
    return min(200.0, max(5.0, value))


def scale_exact(values, target, minimum):
    """Scales integers to sum exactly to target, keeping each >= minimum."""
    factor = target / sum(values)
    out = [max(minimum, int(round(v * factor))) for v in values]
    i = 0
    order = list(range(len(out)))
    rng.shuffle(order)
    while sum(out) != target:
        k = order[i % len(order)]
        step = 1 if sum(out) < target else -1
        if out[k] + step >= minimum:
            out[k] += step
        i += 1
    return out


def ea_projects():
    half = []
    tiers = [t for t, n in EA_TIERS.items() for _ in range(n)]
    rng.shuffle(tiers)
    for county, tier in zip(counties_for("EA", EA_HALF_FINISHED, 5), tiers):
        status = "stalled" if rng.random() < 0.42 else "under_construction"
        half.append(base_project("EA", county, status, progress_in(tier)))
    # money: draw in billion rials, scale to the target, round to million rials, exact sum
    draws = [draw_remaining(p["progress"]) for p in half]
    millions_each = scale_exact([d * 1000 for d in draws], EA_REMAINING_RIAL // 10**6, 5000)
    for p, m in zip(half, millions_each):
        set_money(p, m * 10**6)
    # jobs: loosely follow the money, scaled to the target exactly
    jobs = [max(2.0, math.exp(rng.gauss(math.log(5), 0.5)) * (1 + p["remaining_rial"] / 2e11))
            for p in half]
    for p, j in zip(half, scale_exact(jobs, EA_PLANNED_JOBS, 2)):
        p["planned_jobs"] = j
    others = []
    for county in counties_for("EA", 130, 1):
        p = base_project("EA", county, "operational", 100.0)
        p["invested_rial"] = millions(rng.uniform(20, 400) * 10**9)
        p["planned_jobs"] = rng.randint(10, 120)
        others.append(p)
    for county in counties_for("EA", 40, 0):
        p = base_project("EA", county, "cancelled", one_decimal(0, 35))
        set_money(p, millions(rng.uniform(10, 150) * 10**9))
        p["planned_jobs"] = rng.randint(3, 40)
        others.append(p)
    return half, others


def wa_projects():
    out = []
    for i, county in enumerate(counties_for("WA", WA_ABOVE_60 + WA_AT_OR_BELOW_60 + 35, 4)):
        if i < WA_ABOVE_60:
            status, prog = rng.choice(["under_construction"] * 3 + ["stalled"]), one_decimal(60.5, 97.5)
        elif i < WA_ABOVE_60 + WA_AT_OR_BELOW_60:
            status, prog = rng.choice(["under_construction", "stalled"]), one_decimal(1.5, 59.5)
        else:
            status, prog = "cancelled", one_decimal(0, 45)
        p = base_project("WA", county, status, prog)
        set_money(p, millions(draw_remaining(prog) * 10**9))
        p["planned_jobs"] = max(2, int(math.exp(rng.gauss(math.log(9), 0.6))))
        out.append(p)
    rng.shuffle(out)
    return out
