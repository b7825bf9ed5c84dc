#!/usr/bin/env python3
"""Fills the translations of ehya_fa.ts and ehya_en.ts after lupdate.

    cmake --build BUILD --target update_translations   # lupdate: adds new source texts
    python3 resources/translations/fill_fa.py           # fills them

Persian: the PERSIAN dict below (source text -> Persian) plus the fixed Persian enum labels of
src/core/Enums.cpp (QT_TRANSLATE_NOOP("ehya::Labels", "Idle"), u"راکد"). English: numerus forms
("%1 project" / "%1 projects"), identity for the rest. Exits 1 and lists the source texts that
have no Persian yet, so that a new string cannot slip through untranslated.
"""
import html
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

PERSIAN = {
    # Main window (ui/MainWindow.ui)
    "Ehya": "احیا",
    "Half-finished projects": "طرح‌های نیمه‌تمام",
    "Idle units": "واحدهای راکد",
    "&File": "&فایل",
    "Open &Recent": "فایل‌های &اخیر",
    "&Help": "&راهنما",
    "&New…": "&جدید…",
    "Create an empty database": "ساخت پایگاه داده خالی",
    "&Open…": "&باز کردن…",
    "Open an existing database": "باز کردن یک پایگاه داده موجود",
    "&Quit": "&خروج",
    "&About Ehya": "&درباره احیا",
    # Main window (code)
    "%1 — Ehya": "%1 — احیا",
    "The file %1 already exists.": "فایل %1 از پیش وجود دارد.",
    "%1 projects": "%1 طرح",
    "%1 idle units": "%1 واحد راکد",
    "New database": "پایگاه داده جدید",
    "Ehya databases (*.sqlite *.db)": "پایگاه‌های داده احیا (*.sqlite *.db)",
    "Open database": "باز کردن پایگاه داده",
    "Ehya databases (*.sqlite *.db);;All files (*)":
        "پایگاه‌های داده احیا (*.sqlite *.db);;همه فایل‌ها (*)",
    "&Clear list": "&پاک کردن فهرست",
    "About Ehya": "درباره احیا",
    "<h3>Ehya %1</h3><p>Records of idle industrial units and half-finished industrial projects "
    "for provincial industry offices: keep them, rank them and report on them.</p>":
        "<h3>احیا %1</h3><p>سامانه ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام "
        "برای سازمان‌های صنعت، معدن و تجارت استان‌ها: ثبت سوابق، اولویت‌بندی و گزارش‌گیری.</p>",
    # Tables
    "Project": "طرح",
    "Unit": "واحد",
    "County": "شهرستان",
    "Sector": "بخش",
    "Physical progress": "پیشرفت فیزیکی",
    "Tier": "سطح",
    "Remaining investment\n(%1)": "مانده سرمایه‌گذاری\n(%1)",
    "Jobs": "اشتغال",
    "Status": "وضعیت",
    "Last report": "آخرین گزارش",
    "Working capital: %1\nFixed capital: %2": "سرمایه در گردش: %1\nسرمایه ثابت: %2",
    "Idle since": "تاریخ توقف",
    "Capacity in use": "ظرفیت فعال",
    "Restorable jobs": "اشتغال قابل بازگشت",
    "Capital needed\n(%1)": "سرمایه مورد نیاز\n(%1)",
    "Last action": "آخرین اقدام",
    # Database errors
    "Cannot open the database": "پایگاه داده باز نشد",
    "The database %1 is open in another copy of Ehya. Close it there, or open a different file.":
        "پایگاه داده %1 در نسخه دیگری از احیا باز است. آن را در آنجا ببندید یا فایل دیگری را باز کنید.",
    "The file %1 is not an Ehya database, or it is damaged. Open a backup copy instead.":
        "فایل %1 پایگاه داده احیا نیست یا آسیب دیده است. به جای آن یک نسخه پشتیبان را باز کنید.",
    "The database %1 was saved by a newer version of Ehya. Install the newer version to open it.":
        "پایگاه داده %1 با نسخه جدیدتری از احیا ذخیره شده است. برای باز کردن آن، نسخه جدیدتر را نصب کنید.",
    "The file %1 does not exist.": "فایل %1 وجود ندارد.",
    "Ehya may not read or write the file %1. Check that the folder exists and that you may write to it.":
        "احیا اجازه خواندن یا نوشتن فایل %1 را ندارد. بررسی کنید که پوشه وجود داشته باشد و اجازه "
        "نوشتن در آن را داشته باشید.",
    "Ehya could not open the database %1.": "احیا نتوانست پایگاه داده %1 را باز کند.",
    "Cannot create the database": "پایگاه داده ساخته نشد",
    "Ehya may not write the file %1. Choose a folder you may write to.":
        "احیا اجازه نوشتن فایل %1 را ندارد. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.",
    "The file %1 already exists. Choose a new file name.":
        "فایل %1 از پیش وجود دارد. نام تازه‌ای برای فایل انتخاب کنید.",
    "Ehya could not create the database %1.": "احیا نتوانست پایگاه داده %1 را بسازد.",
    # Command line (src/app/main.cpp)
    "Records of idle industrial units and half-finished industrial projects.":
        "ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.",
    "Open the database FILE.": "پایگاه داده FILE را باز می‌کند.",
    "Language of the interface: fa or en.": "زبان رابط کاربری: fa یا en.",
    # Money units (src/core/Money.cpp)
    "rial": "ریال",
    "toman": "تومان",
    "million rial": "میلیون ریال",
    "billion rial": "میلیارد ریال",
    "billion toman": "میلیارد تومان",
    # Dates and money input (src/core/Dates.cpp, Money.cpp)
    "empty": "خالی",
    '"%1" is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.':
        "«%1» تاریخ نیست؛ آن را به صورت سال/ماه/روز بنویسید، برای نمونه ۱۴۰۲/۰۵/۱۰ یا 2023-08-01.",
    'The year of "%1" is too small; write all four digits of the year, for example 1402.':
        "سال «%1» کامل نیست؛ هر چهار رقم سال را بنویسید، برای نمونه ۱۴۰۲.",
    '"%1" has month %2; a month is between 1 and 12.':
        "ماهِ «%1» برابر %2 است؛ ماه باید بین ۱ و ۱۲ باشد.",
    '"%1" does not exist: %2 is not a leap year, so Esfand has 29 days.':
        "تاریخ «%1» وجود ندارد: سال %2 کبیسه نیست و اسفند آن ۲۹ روز دارد.",
    '"%1" does not exist: month %2 of the Jalali calendar has %3 days.':
        "تاریخ «%1» وجود ندارد: ماه %2 تقویم شمسی %3 روز دارد.",
    '"%1" does not exist: month %2 of %3 has %4 days.':
        "تاریخ «%1» وجود ندارد: ماه %2 سال %3 میلادی %4 روز دارد.",
    "No amount was given.": "مبلغی وارد نشده است.",
    '"%1" is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed '
    'by a unit such as "billion toman".':
        "«%1» مبلغ نیست؛ عددی مانند ۱۲٫۵ یا ۱٬۲۵۰٬۰۰۰ بنویسید و در صورت نیاز واحدی مانند "
        "«میلیارد تومان» را پس از آن بیاورید.",
    '"%1" is not a unit of money; use rial, toman, million rial, billion rial or billion toman.':
        "«%1» واحد پول نیست؛ یکی از واحدهای ریال، تومان، میلیون ریال، میلیارد ریال یا میلیارد "
        "تومان را به کار ببرید.",
    '"%1" has more than one decimal point.': "«%1» بیش از یک ممیز دارد.",
    '"%1" has no digits after its decimal point.': "در «%1» پس از ممیز رقمی نیامده است.",
    '"%1" has a thousands separator after its decimal point.':
        "در «%1» جداکننده هزارگان پس از ممیز آمده است.",
    'The thousands separators of "%1" are misplaced; digits are grouped by three, as in 1,250,000.':
        "جداکننده‌های هزارگان در «%1» نابجا هستند؛ رقم‌ها سه‌تا سه‌تا جدا می‌شوند، مانند ۱٬۲۵۰٬۰۰۰.",
    '"%1" is more precise than a whole rial.': "«%1» از یک ریال کامل دقیق‌تر است.",
    '"%1" is too large an amount.': "مبلغ «%1» بیش از اندازه بزرگ است.",
    '"%1" is negative; an amount of money here cannot be below zero.':
        "«%1» منفی است؛ مبلغ در اینجا نمی‌تواند کمتر از صفر باشد.",
    # Validation (src/core/Validation.cpp)
    "The project title is required.": "عنوان طرح را وارد کنید.",
    "The establishment permit number is required.": "شماره جواز تأسیس را وارد کنید.",
    "Choose the province of the project.": "استان طرح را انتخاب کنید.",
    "Choose the county of the project.": "شهرستان طرح را انتخاب کنید.",
    "Choose the industrial sector of the project.": "بخش صنعتی طرح را انتخاب کنید.",
    "Physical progress must be between 0 and 100; it is %1.":
        "پیشرفت فیزیکی باید بین ۰ و ۱۰۰ باشد؛ اکنون %1 است.",
    "The amount invested cannot be negative; it is %1 rials.":
        "سرمایه‌گذاری انجام‌شده نمی‌تواند منفی باشد؛ اکنون %1 ریال است.",
    "The investment still needed cannot be negative; it is %1 rials.":
        "مانده سرمایه‌گذاری نمی‌تواند منفی باشد؛ اکنون %1 ریال است.",
    "Planned jobs cannot be negative; it is %1.":
        "اشتغال پیش‌بینی‌شده نمی‌تواند منفی باشد؛ اکنون %1 است.",
    "The permit expires (%1) before it was issued (%2).":
        "تاریخ انقضای جواز (%1) پیش از تاریخ صدور آن (%2) است.",
    "The unit name is required.": "نام واحد را وارد کنید.",
    "The operation licence number is required.": "شماره پروانه بهره‌برداری را وارد کنید.",
    "Choose the province of the unit.": "استان واحد را انتخاب کنید.",
    "Choose the county of the unit.": "شهرستان واحد را انتخاب کنید.",
    "Choose the industrial sector of the unit.": "بخش صنعتی واحد را انتخاب کنید.",
    "Capacity in use must be between 0 and 100 percent; it is %1.":
        "ظرفیت فعال باید بین ۰ و ۱۰۰ درصد باشد؛ اکنون %1 است.",
    "Jobs before the stoppage cannot be negative; it is %1.":
        "اشتغال پیش از توقف نمی‌تواند منفی باشد؛ اکنون %1 است.",
    "Restorable jobs cannot be negative; it is %1.":
        "اشتغال قابل بازگشت نمی‌تواند منفی باشد؛ اکنون %1 است.",
    "The working capital needed cannot be negative; it is %1 rials.":
        "سرمایه در گردش مورد نیاز نمی‌تواند منفی باشد؛ اکنون %1 ریال است.",
    "The fixed capital needed cannot be negative; it is %1 rials.":
        "سرمایه ثابت مورد نیاز نمی‌تواند منفی باشد؛ اکنون %1 ریال است.",
    "Reported progress must be between 0 and 100; it is %1.":
        "پیشرفت گزارش‌شده باید بین ۰ و ۱۰۰ باشد؛ اکنون %1 است.",
    "The obstacle is resolved (%1) before it was recorded (%2).":
        "تاریخ رفع مانع (%1) پیش از تاریخ ثبت آن (%2) است.",
    "The action finishes (%1) before it starts (%2).":
        "تاریخ پایان اقدام (%1) پیش از تاریخ آغاز آن (%2) است.",
    "The amount cannot be negative; it is %1 rials.": "مبلغ نمی‌تواند منفی باشد؛ اکنون %1 ریال است.",
    "The date of the progress report is required.": "تاریخ گزارش پیشرفت را وارد کنید.",
    "The date the obstacle was recorded is required.": "تاریخ ثبت مانع را وارد کنید.",
}

# English numerus forms (singular, plural) of the messages that take a count.
ENGLISH_NUMERUS = {
    "%1 projects": ("%1 project", "%1 projects"),
    "%1 idle units": ("%1 idle unit", "%1 idle units"),
}

MESSAGE = re.compile(r"(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
TRANSLATION = re.compile(r"[ \t]*<translation[^>]*?(?:/>|>.*?</translation>)", re.S)


def enum_labels():
    """(English label -> fixed Persian label) from src/core/Enums.cpp."""
    text = (ROOT / "src/core/Enums.cpp").read_text(encoding="utf-8")
    pairs = re.findall(r'QT_TRANSLATE_NOOP\("ehya::Labels",\s*"([^"]*)"\)\s*,\s*u"([^"]*)"', text)
    return dict(pairs)


def escape(text):
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def translation_xml(indent, forms, numerus):
    if numerus:
        inner = "".join(f"\n{indent}        <numerusform>{escape(f)}</numerusform>" for f in forms)
        return f"{indent}    <translation>{inner}\n{indent}    </translation>"
    return f"{indent}    <translation>{escape(forms[0])}</translation>"


def fill(path, translate):
    text = path.read_text(encoding="utf-8")
    missing = []

    def replace(match):
        attrs, body, indent = match.group("attrs"), match.group("body"), match.group("indent")
        source_match = SOURCE.search(body)
        if not source_match:
            return match.group(0)
        old = TRANSLATION.search(body)
        if old and ('type="vanished"' in old.group(0) or 'type="obsolete"' in old.group(0)):
            return match.group(0)  # kept as lupdate left it
        source = html.unescape(source_match.group(1))
        numerus = 'numerus="yes"' in attrs
        forms = translate(source, numerus)
        if forms is None:
            missing.append(source)
            return match.group(0)
        new = translation_xml(indent, forms, numerus)
        body = TRANSLATION.sub(lambda _: new, body, count=1) if old else body + new + "\n" + indent
        return f"{indent}<message{attrs}>{body}</message>"

    text = MESSAGE.sub(replace, text)
    path.write_text(text, encoding="utf-8")
    return missing


def main():
    persian = dict(enum_labels())
    persian.update(PERSIAN)

    def to_persian(source, numerus):
        value = persian.get(source)
        return None if value is None else [value]

    def to_english(source, numerus):
        if numerus:
            return list(ENGLISH_NUMERUS.get(source, (source, source)))
        return [source]

    missing = fill(HERE / "ehya_fa.ts", to_persian)
    fill(HERE / "ehya_en.ts", to_english)
    if missing:
        print("No Persian translation for:", file=sys.stderr)
        for source in missing:
            print("  " + repr(source), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
