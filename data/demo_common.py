"""Shared helpers of the demo-data generator: the seeded random source, dates, words, codes."""
import datetime as dt
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_tables as ref  # noqa: E402
import vocabulary as voc  # noqa: E402

SEED = 1403
TODAY = dt.date(2024, 12, 20)  # no demo event is dated after this day
JALALI_SAFE_UNTIL = dt.date(2025, 3, 20)  # later dates are written ISO only

rng = random.Random(SEED)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
PROVINCE_FA = {code: fa for code, fa, _, _, _ in ref.PROVINCES}


# ---- dates ------------------------------------------------------------------------------------
def to_jalali(d):
    """Gregorian date -> (jy, jm, jd), the common 33-year arithmetic (exact for 1300-1470)."""
    gdm = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = (355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400
            + d.day + gdm[d.month - 1])
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def safe_day(d):
    """Avoids Esfand 30, the one day whose validity depends on the leap-year scheme."""
    jy, jm, jd = to_jalali(d)
    return d - dt.timedelta(days=1) if (jm == 12 and jd == 30) else d


def fmt_date(d):
    """Writes a date as officers do: mostly Jalali (some with Persian digits), some ISO."""
    if d is None:
        return ""
    r = rng.random()
    if d >= JALALI_SAFE_UNTIL or r < 0.35:
        return d.isoformat()
    jy, jm, jd = to_jalali(d)
    if r < 0.45:
        text = f"{jy}/{jm}/{jd}"  # one-digit month and day, as typed
    else:
        text = f"{jy}/{jm:02d}/{jd:02d}"
    return text.translate(PERSIAN_DIGITS) if r > 0.85 else text


def rand_date(start, end):
    span = max(0, (end - start).days)
    return safe_day(start + dt.timedelta(days=rng.randint(0, span)))


# ---- words ------------------------------------------------------------------------------------
def arabize(text, share=0.1):
    """Some officers type the Arabic forms of ی and ک."""
    if rng.random() < share:
        return text.replace("ی", "ي").replace("ک", "ك")
    return text


def person():
    return f"{rng.choice(voc.FIRST_NAMES)} {rng.choice(voc.LAST_NAMES)}"


def company():
    b, b2 = rng.sample(voc.BRANDS, 2)
    name = rng.choice(voc.COMPANY_KINDS).format(b=b, b2=b2, k=rng.choice(voc.COMPANY_WORDS))
    return f"{name} {rng.choice(voc.COMPANY_SUFFIX)}".strip()


def investor():
    return arabize(company() if rng.random() < 0.8 else person())


def weighted(pairs):
    items, weights = zip(*pairs)
    return rng.choices(items, weights=weights)[0]


def pick_sector(county_fa):
    pairs = []
    for isic, (w, _, _) in voc.SECTOR_PRODUCTS.items():
        if isic in ("07", "08") and county_fa in ("ورزقان", "کلیبر", "سراب", "اهر", "تکاب"):
            w *= 6
        if isic in ("15", "29") and county_fa == "تبریز":
            w *= 1.5
        pairs.append((isic, w))
    return weighted(pairs)


def capacity(isic):
    unit = voc.SECTOR_PRODUCTS[isic][2]
    amount = rng.choice([500, 1000, 2000, 5000, 10000, 12000, 20000, 50000, 100000, 250000])
    return f"{amount:,} {unit} در سال"


def one_decimal(lo, hi):
    return round(rng.uniform(lo, hi), 1)


def millions(rials):
    return int(round(rials / 10**6)) * 10**6


def fmt_percent(p):
    return f"{p:.1f}".rstrip("0").rstrip(".") if p != int(p) else str(int(p))


def flag(value):
    if rng.random() < 0.15:
        return "بله" if value else "خیر"
    return "1" if value else "0"




class Codes:
    """Permit and licence numbers, unique per province (and here unique overall)."""

    def __init__(self):
        self.seq = {}

    def next(self, kind, province, year):
        key = (kind, province)
        self.seq[key] = self.seq.get(key, 0) + rng.randint(1, 9)
        region = {"EA": 14, "WA": 15}.get(province, 10)
        if kind == "permit":
            return f"{year % 100:02d}{region}{self.seq[key]:05d}"
        return f"{region}-{year}-{self.seq[key]:05d}"


CODES = Codes()
