#!/usr/bin/env python3
"""Fills the translations of ehya_fa.ts and ehya_en.ts after lupdate.

    cmake --build BUILD --target update_translations   # lupdate: adds new source texts
    python3 resources/translations/fill_fa.py           # fills them

Persian: the PERSIAN dict below (source text -> Persian), the dicts of fa_*.json beside this
script (one per area of the app, merged in name order) plus the fixed Persian enum labels of
src/core/Enums.cpp (QT_TRANSLATE_NOOP("ehya::Labels", "Idle"), u"راکد"). English: numerus forms
("%1 project" / "%1 projects"), identity for the rest. Exits 1 and lists the source texts that
have no Persian yet, so that a new string cannot slip through untranslated.
"""
import html
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

PERSIAN = {
    # ehya-cli rank --explain and scenario save (src/cli)
    "The number '%1' is used in more than one province (%2): add --province.":
        "شماره «%1» در بیش از یک استان به کار رفته است (%2): گزینه --province را اضافه کنید.",
    ", ": "، ",
    "The scenario '%1' exists already: keep the \"version\" that 'scenario show' printed in %2, so that a change saved meanwhile is not overwritten.":
        "سناریوی «%1» از پیش وجود دارد: «version»ی را که 'scenario show' چاپ کرد در %2 نگه دارید تا تغییری که در این فاصله ذخیره شده است از دست نرود.",
    # Ranking service (src/io/RankingService.cpp)
    "Reading the ranked records failed: %1": "خواندن رکوردهای رتبه‌بندی ناموفق بود: %1",
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
    "The amount is more than 1,000,000 billion toman; check the unit and the digits.":
        "مبلغ بیش از ۱٬۰۰۰٬۰۰۰ میلیارد تومان است؛ واحد و رقم‌ها را بررسی کنید.",
    "More than 1,000,000 jobs for one record is not plausible; check the number.":
        "بیش از ۱٬۰۰۰٬۰۰۰ شغل برای یک رکورد پذیرفتنی نیست؛ عدد را بررسی کنید.",
    # Opening and checking the database (src/storage/Database.cpp, Schema.cpp)
    "The folder %1 does not exist, so the database %2 cannot be opened.":
        "پوشه %1 وجود ندارد، پس پایگاه داده %2 باز نمی‌شود.",
    "The database file %1 does not exist.": "فایل پایگاه داده %1 وجود ندارد.",
    "The folder %1 is read-only, so the database %2 cannot be created there.":
        "پوشه %1 فقط‌خواندنی است، پس پایگاه داده %2 در آن ساخته نمی‌شود.",
    "%1 is a folder, not a database file.": "%1 پوشه است، نه فایل پایگاه داده.",
    "The database file %1 cannot be read: %2": "فایل پایگاه داده %1 خوانده نمی‌شود: %2",
    "The file %1 is not an Ehya database (it is not a SQLite file).":
        "فایل %1 پایگاه داده احیا نیست (فایل SQLite نیست).",
    "The database file %1 is read-only; Ehya needs to write to it. Copy it somewhere writable.":
        "فایل پایگاه داده %1 فقط‌خواندنی است و احیا باید در آن بنویسد. آن را در جایی کپی کنید که اجازه "
        "نوشتن در آن را دارید.",
    "The folder %1 is read-only; Ehya needs to write its journal next to the database %2.":
        "پوشه %1 فقط‌خواندنی است؛ احیا باید فایل ژورنال خود را کنار پایگاه داده %2 بنویسد.",
    "The database %1 is already open in another Ehya window (process %2 on %3). "
    "Close it there, then try again.":
        "پایگاه داده %1 در پنجره دیگری از احیا باز است (فرایند %2 روی %3). آن را در آنجا ببندید و دوباره "
        "امتحان کنید.",
    "this computer": "همین رایانه",
    "Cannot create the lock file %1 next to the database.": "فایل قفل %1 کنار پایگاه داده ساخته نشد.",
    "Server mode (PostgreSQL) is not implemented yet; open a database file instead.":
        "حالت سرور (PostgreSQL) هنوز پیاده‌سازی نشده است؛ به جای آن یک فایل پایگاه داده را باز کنید.",
    "The file %1 is not a usable Ehya database: %2":
        "فایل %1 پایگاه داده‌ای نیست که احیا بتواند با آن کار کند: %2",
    "Cannot configure the database": "تنظیم پایگاه داده ممکن نشد",
    "The database %1 was made by a newer version of Ehya (schema version %2; this version knows up to %3). "
    "Install the newer version to open it.":
        "پایگاه داده %1 با نسخه جدیدتری از احیا ساخته شده است (نسخه ساختار %2؛ این نسخه تا %3 را "
        "می‌شناسد). برای باز کردن آن، نسخه جدیدتر را نصب کنید.",
    "%1 is a database of another program, not an Ehya database; it was left as it was.":
        "%1 پایگاه داده برنامه دیگری است، نه پایگاه داده احیا؛ دست‌نخورده ماند.",
    "Cannot switch the database to WAL mode": "تغییر پایگاه داده به حالت WAL ممکن نشد",
    "The database %1 cannot use a write-ahead journal in its folder.":
        "پایگاه داده %1 نمی‌تواند در پوشه خود ژورنال پیش‌نویس (WAL) به کار ببرد.",
    "The database check failed": "بررسی پایگاه داده ناموفق بود",
    "The database is damaged: %1": "پایگاه داده آسیب دیده است: %1",
    "Cannot start a database transaction": "آغاز تراکنش پایگاه داده ممکن نشد",
    "There is no database transaction to commit.": "تراکنشی برای ثبت در پایگاه داده وجود ندارد.",
    "Cannot save the changes": "تغییرات ذخیره نشد",
    "The transaction was already finished.": "این تراکنش پیش‌تر به پایان رسیده است.",
    "The database has no valid schema version; it was not made by Ehya.":
        "پایگاه داده نسخه ساختار معتبری ندارد؛ با احیا ساخته نشده است.",
    "Upgrading the database to schema version %1 failed, so nothing was changed. %2":
        "ارتقای پایگاه داده به نسخه ساختار %1 ناموفق بود و چیزی تغییر نکرد. %2",
    # Queries, references and concurrent edits (src/storage/SqlUtil.cpp)
    "%1: %2": "%1: %2",
    "Could not prepare a database query": "آماده‌سازی پرس‌وجوی پایگاه داده ممکن نشد",
    "A database query failed": "اجرای پرس‌وجوی پایگاه داده ناموفق بود",
    "Province %1 does not exist.": "استان %1 وجود ندارد.",
    "County %1 does not exist.": "شهرستان %1 وجود ندارد.",
    "County %1 is not in province %2.": "شهرستان %1 در استان %2 نیست.",
    "Industrial estate %1 does not exist.": "شهرک صنعتی %1 وجود ندارد.",
    "Industrial estate %1 is not in county %2.": "شهرک صنعتی %1 در شهرستان %2 نیست.",
    "Sector %1 does not exist.": "بخش صنعتی %1 وجود ندارد.",
    "The database did not return the new id of a %1 row.":
        "پایگاه داده شناسه سطر تازه جدول %1 را برنگرداند.",
    "%1 no longer exists; someone else deleted it.": "%1 دیگر وجود ندارد؛ کاربر دیگری آن را حذف کرده است.",
    "%1 was changed by someone else since you opened it. Reopen it to see their changes, then edit again.":
        "%1 پس از آنکه آن را باز کردید، به دست کاربر دیگری تغییر کرده است. آن را دوباره باز کنید تا "
        "تغییرات او را ببینید، سپس دوباره ویرایش کنید.",
    "%1 was changed by someone else since you opened it, so it was not deleted. Reopen it and try again.":
        "%1 پس از آنکه آن را باز کردید، به دست کاربر دیگری تغییر کرده است و از این رو حذف نشد. آن را "
        "دوباره باز کنید و دوباره امتحان کنید.",
    # Projects and units (src/storage/ProjectRepository.cpp, UnitRepository.cpp, Candidates.cpp)
    'Project "%1" (permit %2)': "طرح «%1» (جواز تأسیس %2)",
    'Project "%1" was not saved: %2': "طرح «%1» ذخیره نشد: %2",
    "Another project in this province already has the permit number %1 (project %2).":
        "طرح دیگری در این استان (طرح %2) از پیش شماره جواز تأسیس %1 را دارد.",
    "Project %1": "طرح %1",
    "Project %1 does not exist.": "طرح %1 وجود ندارد.",
    "The progress report was not saved: %1": "گزارش پیشرفت ذخیره نشد: %1",
    "The progress report refers to project %1, which does not exist.":
        "گزارش پیشرفت به طرح %1 مربوط است که وجود ندارد.",
    'Unit "%1" (licence %2)': "واحد «%1» (پروانه بهره‌برداری %2)",
    'Unit "%1" was not saved: %2': "واحد «%1» ذخیره نشد: %2",
    "Another unit in this province already has the operation licence number %1 (unit %2).":
        "واحد دیگری در این استان (واحد %2) از پیش شماره پروانه بهره‌برداری %1 را دارد.",
    "Unit %1": "واحد %1",
    "Unit %1 does not exist.": "واحد %1 وجود ندارد.",
    "Project %1 has an unknown status '%2'.": "وضعیت طرح %1 («%2») ناشناخته است.",
    "Idle unit %1 has an unknown status '%2'.": "وضعیت واحد راکد %1 («%2») ناشناخته است.",
    # Obstacles and actions (src/storage/OwnedRepositories.cpp)
    "The %1 was not saved: %2": "%1 ذخیره نشد: %2",
    "The %1 %2": "%1 شماره %2",
    "The action was not saved: agency %1 does not exist.": "اقدام ذخیره نشد: دستگاه اجرایی %1 وجود ندارد.",
    "obstacle": "مانع",
    "action": "اقدام",
    # Reference data (src/storage/ReferenceRepository.cpp)
    "The Persian name of the %1 is empty.": "نام فارسی %1 خالی است.",
    "The province code is empty.": "کد استان خالی است.",
    "province": "استان",
    "county": "شهرستان",
    "industrial estate": "شهرک صنعتی",
    "sector": "بخش صنعتی",
    "agency": "دستگاه اجرایی",
    "The county %1 refers to province %2, which does not exist.":
        "شهرستان %1 به استان %2 مربوط است که وجود ندارد.",
    "The industrial estate %1 refers to county %2, which does not exist.":
        "شهرک صنعتی %1 به شهرستان %2 مربوط است که وجود ندارد.",
    'The ISIC division of a sector must be two digits; it is "%1".':
        "کد ISIC بخش صنعتی باید دو رقم باشد؛ اکنون «%1» است.",
    "The login of a user is empty.": "نام کاربری خالی است.",
    # Scenarios (src/storage/ScenarioRepository.cpp, ScenarioCodec.cpp)
    "Scenario '%1': %2": "سناریوی «%1»: %2",
    "Scenario '%1'": "سناریوی «%1»",
    "There is no scenario named '%1'; the scenarios are: %2.":
        "سناریویی با نام «%1» وجود ندارد؛ سناریوهای موجود: %2.",
    "A scenario needs a name.": "سناریو باید نام داشته باشد.",
    "The seed policy cannot be changed; save it under another name.":
        "سناریوی پیش‌فرض «seed policy» را نمی‌توان تغییر داد؛ آن را با نام دیگری ذخیره کنید.",
    "The seed policy cannot be deleted.": "سناریوی پیش‌فرض «seed policy» را نمی‌توان حذف کرد.",
    "%1 must be an object of criterion: weight": "%1 باید یک شیء JSON از جفت‌های «معیار: وزن» باشد",
    "unknown criterion '%1' in %2": "معیار ناشناخته «%1» در %2",
    "the weight of %1 must be a number": "وزن %1 باید عدد باشد",
    "%1 must be a list of statuses": "%1 باید فهرستی از وضعیت‌ها باشد",
    "unknown status '%1' in %2": "وضعیت ناشناخته «%1» در %2",
    "the parameters are not a JSON object (%1)": "پارامترها شیء JSON نیستند (%1)",
    "tiers must be three numbers, e.g. [75, 50, 25]":
        "مقدار tiers (مرز سطح‌ها) باید سه عدد باشد، برای نمونه [75, 50, 25]",
    "normalisation must be mid_rank or min_max": "مقدار normalisation باید mid_rank یا min_max باشد",
    "ordering must be tier_first or score_only": "مقدار ordering باید tier_first یا score_only باشد",
    # Backups (src/storage/Backup.cpp)
    "Cannot open the backup copy": "نسخه پشتیبان باز نشد",
    "Cannot check the backup copy": "بررسی نسخه پشتیبان ممکن نشد",
    "The backup copy is damaged: %1": "نسخه پشتیبان آسیب دیده است: %1",
    "The backup copy does not have schema version %1.": "نسخه پشتیبان، ساختار نسخه %1 را ندارد.",
    "Backups of a server database are made on the server (pg_dump), not by Ehya.":
        "نسخه پشتیبان پایگاه داده سرور روی خود سرور (با pg_dump) گرفته می‌شود، نه با احیا.",
    "A backup cannot be made while changes are being saved.":
        "هنگامی که تغییرات در حال ذخیره شدن است، نمی‌توان نسخه پشتیبان گرفت.",
    "Cannot create the backup folder %1.": "پوشه پشتیبان %1 ساخته نشد.",
    "The backup folder %1 is read-only.": "پوشه پشتیبان %1 فقط‌خواندنی است.",
    "The backup into %1 failed: %2": "گرفتن نسخه پشتیبان در %1 ناموفق بود: %2",
    "Cannot name the backup %1.": "نام‌گذاری نسخه پشتیبان به %1 ممکن نشد.",
    # Reading CSV files (src/io/CsvReader.cpp)
    "unexpected text after the closing quote of a quoted field":
        "پس از گیومه پایانی یک خانه گیومه‌دار، متن اضافه آمده است",
    "unterminated quote": "گیومه‌ای باز شده و بسته نشده است",
    "the file is empty; a header row was expected": "فایل خالی است؛ سطر نخست باید عنوان ستون‌ها باشد",
    "the header has an empty column name": "نام یکی از ستون‌ها در سطر عنوان‌ها خالی است",
    'the column "%1" appears twice in the header': "ستون «%1» دو بار در سطر عنوان‌ها آمده است",
    "this row has %1 fields but the header has %2": "این سطر %1 خانه دارد، اما سطر عنوان‌ها %2 ستون دارد",
    'the file is not UTF-8 text; save it as "CSV UTF-8" and try again':
        "فایل متن UTF-8 نیست؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید",
    "no such file": "چنین فایلی وجود ندارد",
    "reading stopped: %1": "خواندن متوقف شد: %1",
    "the file changed while it was being read (%1 of its %2 bytes were read)":
        "فایل در حین خواندن تغییر کرد (%1 بایت از %2 بایت آن خوانده شد)",
    "this field is longer than %1 characters or its row longer than %2; is this really a CSV file?":
        "این خانه بیش از %1 نویسه، یا سطر آن بیش از %2 نویسه دارد؛ آیا این فایل واقعاً CSV است؟",
    # Detecting the encoding of CSV files (src/io/TextDecoder.cpp)
    "this is not a text file: it holds a zero byte (binary data?)":
        "این فایل متنی نیست: بایت صفر در آن هست (داده دودویی؟)",
    'the file is neither UTF-8 nor Windows-1256 text; save it as "CSV UTF-8" and try again':
        "فایل نه متن UTF-8 است و نه Windows-1256؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید",
    'these bytes are not UTF-8, though the file began as UTF-8; save it as "CSV UTF-8" and try again':
        "این بایت‌ها UTF-8 نیستند، هرچند فایل به صورت UTF-8 آغاز شده بود؛ آن را با قالب «CSV UTF-8» ذخیره "
        "کنید و دوباره امتحان کنید",
    "the UTF-16 text ends in the middle of a character": "متن UTF-16 در میانه یک نویسه تمام شده است",
    "this is not a text file: it holds a zero character (binary data?)":
        "این فایل متنی نیست: نویسه صفر در آن هست (داده دودویی؟)",
    "%1 was read as Windows-1256 (an old Excel export), not UTF-8.":
        "فایل %1 با کدگذاری Windows-1256 (خروجی نسخه‌های قدیمی Excel) خوانده شد، نه UTF-8.",
    "%1 was read as UTF-16 text.": "فایل %1 به صورت متن UTF-16 خوانده شد.",
    # Reading XLSX files (src/io/XlsxPackage.cpp)
    "the workbook is damaged: %1": "کارپوشه آسیب دیده است: %1",
    "%1 in the workbook is too large (more than %2 bytes); it is not read":
        "بخش %1 در کارپوشه بیش از اندازه بزرگ است (بیش از %2 بایت)؛ خوانده نمی‌شود",
    "%1 cannot be read (error %2)": "بخش %1 خوانده نمی‌شود (خطای %2)",
    "%1 holds a text longer than %2 bytes; it is not read":
        "بخش %1 متنی بلندتر از %2 بایت دارد؛ خوانده نمی‌شود",
    "the checksum of %1 does not match its data": "checksum بخش %1 با داده‌های آن هم‌خوانی ندارد",
    "it is a damaged or cut-short zip archive": "فایل فشرده zip آن آسیب دیده یا ناقص است",
    "it is not a zip archive": "فایل فشرده zip نیست",
    "it has no %1": "بخش %1 را ندارد",
    "%1 cannot be opened": "بخش %1 باز نمی‌شود",
    "it has no worksheet": "هیچ کاربرگی ندارد",
    "a text in the workbook is longer than %1 characters": "متنی در کارپوشه بیش از %1 نویسه دارد",
    "%1 is not well-formed XML (%2, line %3)": "بخش %1 یک XML درست‌ساخت نیست (%2، سطر %3)",
    "this is not an XLSX workbook (%1)": "این فایل کارپوشه XLSX نیست (%1)",
    # Reading XLSX sheets (src/io/XlsxReader.cpp)
    "the cell is longer than %1 characters": "این خانه بیش از %1 نویسه دارد",
    'the row number "%1" is not valid': "شماره سطر «%1» معتبر نیست",
    'the cell reference "%1" is not valid': "نشانی خانه «%1» معتبر نیست",
    "the cell refers to shared text number %1, which the workbook does not have":
        "این خانه به متن مشترک شماره %1 ارجاع می‌دهد که در کارپوشه وجود ندارد",
    "the cell holds a spreadsheet error %1": "در این خانه خطای صفحه‌گسترده %1 آمده است",
    'the cell should hold a number but holds "%1"': "در این خانه باید عدد باشد، اما «%1» آمده است",
    "the sheet is empty; a header row was expected": "کاربرگ خالی است؛ سطر نخست باید عنوان ستون‌ها باشد",
    # Reading the rows of an import (src/io/ImportRows.cpp)
    '"%1" is not a percentage.': "«%1» درصد معتبری نیست.",
    '"%1" is not a whole number.': "«%1» عدد صحیح نیست.",
    '"%1" is not one of: %2 (or their Persian labels).':
        "«%1» هیچ‌یک از این مقدارها نیست: %2 (یا برچسب‌های فارسی آن‌ها).",
    '%1:1:%2: the column map sends "%3" to "%4", which is not a column key.':
        "%1:1:%2: در نگاشت ستون‌ها (--map)، ستون «%3» به «%4» نسبت داده شده است که کلید هیچ ستونی نیست.",
    '%1:1:%2: unknown column "%3"; name it with a key of docs/csv-format.md, or map it with --map "%3=key" '
    '("%3=-" ignores it).':
        '%1:1:%2: ستون ناشناخته «%3»؛ نام آن را یکی از کلیدهای docs/csv-format.md بگذارید، یا با '
        '--map "%3=key" آن را به یک کلید نسبت دهید ("%3=-" آن را نادیده می‌گیرد).',
    '%1:1:%2: the column "%3" is read as %4, as column %5 ("%6") is; keep one of them.':
        "%1:1:%2: ستون «%3» همان %4 است که ستون %5 («%6») هم هست؛ فقط یکی از آن دو را نگه دارید.",
    '%1:1: the column "%2" (%3) is missing.': "%1:1: ستون «%2» (%3) در فایل نیست.",
    # Importing (src/io/Importer.cpp)
    "Cannot write the rejects file %1: %2": "نوشتن فایل سطرهای ردشده %1 ممکن نشد: %2",
    "reason": "دلیل رد",
    "Writing the rejects file %1 failed: %2": "نوشتن فایل سطرهای ردشده %1 ناموفق بود: %2",
    "the file has a header but no data rows": "فایل سطر عنوان‌ها را دارد، اما هیچ سطر داده‌ای ندارد",
    "the number %1 is already on line %2 of this file for the same province.":
        "شماره %1 برای همین استان پیش‌تر در سطر %2 همین فایل آمده است.",
    "Progress reports are exported, not imported.":
        "از گزارش‌های پیشرفت فقط خروجی گرفته می‌شود؛ وارد کردن آن‌ها ممکن نیست.",
    "Columns not imported: %1.": "ستون‌هایی که وارد نشدند: %1.",
    # Writing CSV and XLSX files (src/io/TableWriter.cpp, XlsxWriter.cpp)
    "Writing the CSV failed.": "نوشتن فایل CSV ناموفق بود.",
    "a sheet holds at most %1 rows; this export has more":
        "هر کاربرگ حداکثر %1 سطر جا دارد؛ این خروجی بیش از آن سطر دارد",
    "the text has %1 characters; a spreadsheet cell holds at most %2":
        "این متن %1 نویسه دارد؛ هر خانه صفحه‌گسترده حداکثر %2 نویسه جا دارد",
    # Writing files (src/io/CsvWriter.cpp)
    "Cannot write %1: %2": "نوشتن فایل %1 ممکن نشد: %2",
    "Writing %1 failed: %2; the file was left as it was.":
        "نوشتن فایل %1 ناموفق بود: %2؛ فایل دست‌نخورده ماند.",
    # Reference and demo data (src/io/DemoData.cpp, DemoRows.cpp, DemoRecords.cpp, DemoEvents.cpp)
    '"%1" is not a province code of provinces.csv.': "«%1» کد هیچ استانی در provinces.csv نیست.",
    '"%1" is not a county of counties.csv in that province.':
        "«%1» در counties.csv از شهرستان‌های این استان نیست.",
    "%1 already exists; choose the name of a new file, the data is not written over an existing one.":
        "%1 از پیش وجود دارد؛ نام یک فایل تازه را انتخاب کنید، داده‌ها روی فایل موجود نوشته نمی‌شوند.",
    '"%1" is not a province.': "استانی با نام یا کد «%1» وجود ندارد.",
    'No project of that province has the permit number "%1".':
        "هیچ طرحی در این استان شماره جواز تأسیس «%1» را ندارد.",
    'No unit of that province has the licence number "%1".':
        "هیچ واحدی در این استان شماره پروانه بهره‌برداری «%1» را ندارد.",
    '"%1" is not an agency of agencies.csv.': "دستگاه اجرایی «%1» در agencies.csv نیست.",
    '"%1" is not a county of that province.': "«%1» از شهرستان‌های این استان نیست.",
    '"%1" is not an industrial estate of that province.': "«%1» از شهرک‌های صنعتی این استان نیست.",
    'The industrial estate "%1" is in another county.': "شهرک صنعتی «%1» در شهرستان دیگری است.",
    '"%1" is not an ISIC division or sector name.': "«%1» کد دورقمی ISIC یا نام بخش صنعتی نیست.",
    "The number %1 appears twice in this province.": "شماره %1 در این استان دو بار آمده است.",
    "%1: the embedded data file is missing from this build.":
        "%1: این فایل داده که باید درون برنامه باشد، در این نسخه از برنامه نیست.",
    '%1:1: the header has no column "%2".': "%1:1: سطر عنوان‌ها ستون «%2» را ندارد.",
    '"%1" is not one of the allowed values.': "«%1» از مقدارهای مجاز نیست.",
    "This cell must not be empty.": "این خانه نباید خالی باشد.",
    '"%1" is not a whole number of zero or more.': "«%1» عدد صحیح صفر یا بزرگ‌تر نیست.",
    '"%1" is not a percentage between 0 and 100.': "«%1» درصدی بین ۰ و ۱۰۰ نیست.",
    "A date is required here.": "در این خانه تاریخ لازم است.",
    '"%1" is not yes or no (1/0, yes/no, بله/خیر).': "«%1» بله یا خیر نیست (1/0، yes/no، بله/خیر).",
    # Synthetic data (src/io/Generator.cpp, GeneratorSinks.cpp)
    "The database holds no provinces with counties or no sectors; "
    "load the reference data first (ehya-cli init).":
        "پایگاه داده هیچ استانی که شهرستان داشته باشد، یا هیچ بخش صنعتی ندارد؛ نخست داده‌های پایه را بار "
        "کنید (ehya-cli init).",
    "Could not read the database: %1": "خواندن پایگاه داده ممکن نشد: %1",
    "The database already holds data generated with seed %1; use another seed.":
        "پایگاه داده از پیش داده‌های ساختگی با بذر تصادفی %1 دارد؛ بذر دیگری به کار ببرید.",
    "The numbers of projects and units cannot be negative.": "تعداد طرح‌ها و واحدها نمی‌تواند منفی باشد.",
    "Writing a generated %1 row failed: %2": "نوشتن یک سطر ساختگی در جدول %1 ناموفق بود: %2",
    "Could not prepare the generator's inserts: %1": "آماده‌سازی درج داده‌های ساختگی ممکن نشد: %1",
    "Could not prepare the generator's audit insert: %1":
        "آماده‌سازی ثبت داده‌های ساختگی در سابقه تغییرات ممکن نشد: %1",
    # Bulk inserts of the import and the generator (src/storage/BulkInserter.cpp)
    "Writing a %1 row failed: %2": "نوشتن یک سطر در جدول %1 ناموفق بود: %2",
    "Could not prepare the bulk inserts: %1": "آماده‌سازی درج گروهی داده‌ها ممکن نشد: %1",
    "Could not prepare the bulk audit insert: %1":
        "آماده‌سازی ثبت گروهی در سابقه تغییرات ممکن نشد: %1",
    # Ranking (src/io/RankingService.cpp)
    "The budget cannot be negative.": "بودجه نمی‌تواند منفی باشد.",
    # Command-line tool (src/cli): arguments and messages (Arguments.cpp, Cli.cpp, *Command.cpp)
    "Unknown option %1.": "گزینه ناشناخته %1.",
    "Unknown option --%1.": "گزینه ناشناخته --%1.",
    "The option --%1 is given twice.": "گزینه --%1 دو بار آمده است.",
    "The option --%1 takes no value.": "گزینه --%1 مقدار نمی‌گیرد.",
    "The option --%1 needs a value.": "گزینه --%1 به مقدار نیاز دارد.",
    "The option --%1 is missing.": "گزینه --%1 داده نشده است.",
    "Try 'ehya-cli --help'.": "راهنما را با «ehya-cli --help» ببینید.",
    "Try 'ehya-cli %1 --help'.": "راهنما را با «ehya-cli %1 --help» ببینید.",
    "The value of --lang must be fa or en; it is '%1'.": "مقدار --lang باید fa یا en باشد؛ اکنون «%1» است.",
    "Unknown command '%1'.": "فرمان ناشناخته «%1».",
    "The database file (DB) is missing.": "فایل پایگاه داده (DB) داده نشده است.",
    "Unexpected argument '%1'.": "آرگومان اضافه «%1».",
    "The file %1 already exists; '%2' creates a new database and never overwrites one. "
    "Choose another name or remove the file first.":
        "فایل %1 از پیش وجود دارد؛ فرمان «%2» پایگاه داده تازه می‌سازد و هرگز پایگاه داده موجود را "
        "بازنویسی نمی‌کند. نام دیگری انتخاب کنید یا نخست آن فایل را حذف کنید.",
    "Could not create the database %1: %2": "ساختن پایگاه داده %1 ممکن نشد: %2",
    "Created %1 with the reference data and the demo dataset.":
        "پایگاه داده %1 با داده‌های پایه و داده‌های نمونه ساخته شد.",
    "Created %1 with the reference data.": "پایگاه داده %1 با داده‌های پایه ساخته شد.",
    "Could not open the database %1: %2": "باز کردن پایگاه داده %1 ممکن نشد: %2",
    "Nothing was generated in %1: %2": "هیچ داده‌ای در %1 تولید نشد: %2",
    "Generated in %1: %2 projects, %3 idle units, %4 progress reports, %5 obstacles, "
    "%6 actions (seed %7, %8 s).":
        "در %1 تولید شد: %2 طرح، %3 واحد راکد، %4 گزارش پیشرفت، %5 مانع، %6 اقدام "
        "(بذر تصادفی %7، %8 ثانیه).",
    "The value of --%1 must be a whole number from 0 to 10,000,000; it is '%2'.":
        "مقدار --%1 باید عدد صحیحی از ۰ تا ۱۰٬۰۰۰٬۰۰۰ باشد؛ اکنون «%2» است.",
    "The value of --seed must be a whole number of at least 0; it is '%1'.":
        "مقدار --seed باید عدد صحیح صفر یا بزرگ‌تر باشد؛ اکنون «%1» است.",
    "The value of --kind must be projects or units; it is '%1'.":
        "مقدار --kind باید projects یا units باشد؛ اکنون «%1» است.",
    "The value of --plan must be policy or max-jobs; it is '%1'.":
        "مقدار --plan باید policy یا max-jobs باشد؛ اکنون «%1» است.",
    "The value of --format must be table, csv or json; it is '%1'.":
        "مقدار --format باید table، csv یا json باشد؛ اکنون «%1» است.",
    "The value of --format must be table or json; it is '%1'.":
        "مقدار --format باید table یا json باشد؛ اکنون «%1» است.",
    "--budget: %1": "--budget: %1",
    "--as-of: %1": "--as-of: %1",
    "--sensitivity must be a number of samples from 1 to 100,000.":
        "مقدار --sensitivity باید تعداد نمونه‌ها، از ۱ تا ۱۰۰٬۰۰۰، باشد.",
    "--seed must be a whole number.": "مقدار --seed باید عدد صحیح باشد.",
    "every province": "همه استان‌ها",
    "There is no province named '%1'.": "استانی با نام «%1» وجود ندارد.",
    "No ranked item has the number '%1' (is it eligible, and in this province?).":
        "هیچ مورد رتبه‌بندی‌شده‌ای شماره «%1» را ندارد (آیا واجد شرایط است و در همین استان قرار دارد؟).",
    "Could not write to standard output.": "نوشتن در خروجی استاندارد ممکن نشد.",
    "Give the database and what to do: list, show, save or delete.":
        "پایگاه داده و کار مورد نظر را بدهید: list، show، save یا delete.",
    "Unknown action '%1': use list, show, save or delete.":
        "کار ناشناخته «%1»: یکی از list، show، save یا delete را به کار ببرید.",
    "'%1' takes %2 argument(s) after the database.": "«%1» پس از پایگاه داده %2 آرگومان می‌گیرد.",
    "  (built in, read-only)": "  (داخلی، فقط‌خواندنی)",
    "Cannot read %1: %2": "خواندن %1 ممکن نشد: %2",
    "Saved scenario '%1' (version %2).": "سناریوی «%1» ذخیره شد (نسخه %2).",
    "Could not compute the figures of %1: %2": "محاسبه آمار %1 ممکن نشد: %2",
    # Command-line tool: ranking options shared by rank and export (src/cli/RankArguments.cpp)
    "The value of --%1 must be projects or units; it is '%2'.":
        "مقدار --%1 باید projects یا units باشد؛ اکنون «%2» است.",
    # Command-line tool: import and export (src/cli/TransferCommands.cpp)
    '--map: "%1" is not HEADER=key.': "--map: «%1» به شکل HEADER=key نیست.",
    "... and %L1 more problems.": "... و %L1 مشکل دیگر.",
    "%1: %L2 rows read: %L3 added, %L4 updated, %L5 unchanged, %L6 rejected.":
        "%1: %L2 سطر خوانده شد؛ افزوده‌شده: %L3، به‌روزشده: %L4، بدون تغییر: %L5، ردشده: %L6.",
    "The rejected rows, with the reason, are in %1.":
        "سطرهای ردشده همراه با دلیل رد در فایل %1 نوشته شدند.",
    "Saved.": "ذخیره شد.",
    "Nothing was written to the database.": "چیزی در پایگاه داده نوشته نشد.",
    "DB and FILE are both needed.": "هر دو آرگومان DB و FILE لازم است.",
    "The value of --kind must be projects, units, reports or ranking; it is '%1'.":
        "مقدار --kind باید projects، units، reports یا ranking باشد؛ اکنون «%1» است.",
    "--output FILE is needed.": "گزینه --output FILE لازم است.",
    "The value of --format must be csv or xlsx; it is '%1'.":
        "مقدار --format باید csv یا xlsx باشد؛ اکنون «%1» است.",
    "The value of --headers must be en or fa; it is '%1'.":
        "مقدار --headers باید en یا fa باشد؛ اکنون «%1» است.",
    "The value of --dates must be iso or jalali; it is '%1'.":
        "مقدار --dates باید iso یا jalali باشد؛ اکنون «%1» است.",
    "%L1 rows written to %2.": "%L1 سطر در %2 نوشته شد.",
    # Command-line tool: help (Cli.cpp, CreateCommands.cpp, GenerateCommand.cpp, RankCommand.cpp,
    # ScenarioCommand.cpp, StatsCommand.cpp, TransferCommands.cpp)
    "Usage: ehya-cli COMMAND DB [options]\n"
    "Keeps the records of idle factories and half-finished industrial projects.\n"
    "DB is a SQLite file path (or a postgresql:// URL in server mode).\n"
    "\n"
    "Commands:\n"
    "  init DB                  create DB holding only the reference data\n"
    "  demo DB                  create DB holding the demo dataset\n"
    "  generate DB --projects N --units M [--seed S]\n"
    "                           add synthetic data at scale (creates DB if missing)\n"
    "  stats DB [--format table|json]\n"
    "                           figures per province\n"
    "  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]\n"
    "          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]\n"
    "          [--format table|csv|json] [--output FILE] [--sensitivity N]\n"
    "                           the ranked restart list and a budget plan\n"
    "  scenario DB list|show NAME|save NAME FILE.json|delete NAME\n"
    "                           the scenarios (weights, tiers, rules) the ranking uses\n"
    "  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]\n"
    "                           projects or idle units from a CSV or XLSX file\n"
    "  export DB --kind projects|units|reports|ranking --output FILE\n"
    "          [--format csv|xlsx] [--no-bom] [--headers en|fa]\n"
    "                           the records or the ranked list as CSV or XLSX\n"
    "\n"
    "Options:\n"
    "  -h, --help               show this help (or a command's: ehya-cli stats --help)\n"
    "  --version                show the version\n"
    "  --lang L                 fa or en, for every command: the language of messages, help\n"
    "                           and tables (default: the system's language); JSON and CSV\n"
    "                           keep English keys and Latin digits\n"
    "\n"
    "Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.":
        "کاربرد: ehya-cli COMMAND DB [گزینه‌ها]\n"
        "ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.\n"
        "DB مسیر یک فایل SQLite است (یا در حالت سرور، نشانی postgresql://).\n"
        "\n"
        "فرمان‌ها:\n"
        "  init DB                  ساخت DB فقط با داده‌های پایه\n"
        "  demo DB                  ساخت DB با داده‌های پایه و داده‌های نمونه\n"
        "  generate DB --projects N --units M [--seed S]\n"
        "                           افزودن داده‌های ساختگی در مقیاس بزرگ (اگر DB نباشد، ساخته می‌شود)\n"
        "  stats DB [--format table|json]\n"
        "                           آمار هر استان\n"
        "  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]\n"
        "          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]\n"
        "          [--format table|csv|json] [--output FILE] [--sensitivity N]\n"
        "                           فهرست رتبه‌بندی‌شده برای راه‌اندازی دوباره و برنامه بودجه\n"
        "  scenario DB list|show NAME|save NAME FILE.json|delete NAME\n"
        "                           سناریوهایی (وزن‌ها، سطح‌ها، قواعد) که رتبه‌بندی به کار می‌برد\n"
        "  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]\n"
        "                           ورود طرح‌ها یا واحدهای راکد از یک فایل CSV یا XLSX\n"
        "  export DB --kind projects|units|reports|ranking --output FILE\n"
        "          [--format csv|xlsx] [--no-bom] [--headers en|fa]\n"
        "                           خروجی رکوردها یا فهرست رتبه‌بندی‌شده به صورت CSV یا XLSX\n"
        "\n"
        "گزینه‌ها:\n"
        "  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)\n"
        "  --version                نمایش نسخه\n"
        "  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها\n"
        "                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و\n"
        "                           رقم‌های لاتین را نگه می‌دارند\n"
        "\n"
        "وضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.",
    "Usage: ehya-cli init DB\n"
    "Creates DB holding only the reference data (provinces, counties,\n"
    "industrial estates, sectors, agencies, users). DB must not exist yet.":
        "کاربرد: ehya-cli init DB\n"
        "پایگاه داده DB را فقط با داده‌های پایه (استان‌ها، شهرستان‌ها، شهرک‌های صنعتی،\n"
        "بخش‌های صنعتی، دستگاه‌های اجرایی، کاربران) می‌سازد. DB نباید از پیش وجود داشته باشد.",
    "Usage: ehya-cli demo DB\n"
    "Creates DB holding the reference data and the demo dataset (calibrated on\n"
    "the published figures, e.g. 1,610 half-finished projects in East\n"
    "Azerbaijan). DB must not exist yet.":
        "کاربرد: ehya-cli demo DB\n"
        "پایگاه داده DB را با داده‌های پایه و داده‌های نمونه می‌سازد (هم‌خوان با آمار\n"
        "منتشرشده، برای نمونه ۱٬۶۱۰ طرح نیمه‌تمام در آذربایجان شرقی). DB نباید از پیش\n"
        "وجود داشته باشد.",
    "Usage: ehya-cli generate DB --projects N --units M [--seed S]\n"
    "Adds N synthetic half-finished projects and M idle units, with progress\n"
    "histories, obstacles and actions, spread over every province, county and\n"
    "sector of the reference data, in one transaction. The same seed gives the\n"
    "same data. Creates DB with the reference data when it does not exist.\n"
    "\n"
    "Options:\n"
    "  --projects N   number of projects (0 to 10,000,000)\n"
    "  --units M      number of idle units (0 to 10,000,000)\n"
    "  --seed S       random seed, a whole number (default 1)":
        "کاربرد: ehya-cli generate DB --projects N --units M [--seed S]\n"
        "N طرح نیمه‌تمام و M واحد راکد ساختگی، همراه با سابقه پیشرفت، موانع و اقدامات، را\n"
        "در یک تراکنش و پراکنده در همه استان‌ها، شهرستان‌ها و بخش‌های صنعتی داده‌های پایه\n"
        "می‌افزاید. بذر تصادفی یکسان، داده‌های یکسان می‌دهد. اگر DB وجود نداشته باشد، آن را\n"
        "با داده‌های پایه می‌سازد.\n"
        "\n"
        "گزینه‌ها:\n"
        "  --projects N   تعداد طرح‌ها (۰ تا ۱۰٬۰۰۰٬۰۰۰)\n"
        "  --units M      تعداد واحدهای راکد (۰ تا ۱۰٬۰۰۰٬۰۰۰)\n"
        "  --seed S       بذر تصادفی، یک عدد صحیح (پیش‌فرض ۱)",
    "Usage: ehya-cli rank DB [options]\n"
    "Ranks half-finished projects (by progress tier, then score) or idle units (by score) by a\n"
    "scenario, and plans a budget over the ranked list.\n"
    "\n"
    "Options:\n"
    "  --kind K          projects (default) or units\n"
    "  --province NAME   one province (Persian or English name, or code); default every province\n"
    '  --scenario NAME   a stored scenario; default "seed policy"\n'
    '  --budget AMOUNT   rials, or with a unit: "1000 billion toman", "۱۰۰۰ میلیارد تومان"\n'
    "  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)\n"
    "  --as-of DATE      the date months idle are counted to (ISO or Jalali); default today\n"
    "  --format F        table (default), csv or json\n"
    "  --output FILE     write to FILE (atomically) instead of standard output\n"
    "  --sensitivity N   add the rank spread over N random weight perturbations (±25%)\n"
    "  --seed S          the seed of the perturbations (default 1)\n"
    "  --lang L          fa or en: the language of the table, the explanation and the names in\n"
    "                    the table and CSV (default: the system's language); CSV and JSON keep\n"
    "                    English keys and Latin digits\n"
    "  --no-bom          CSV without the UTF-8 byte order mark\n"
    "  --explain CODE    explain one item (permit or licence number): why it ranks there and\n"
    "                    what would move it up or get it funded (table or json)":
        "کاربرد: ehya-cli rank DB [گزینه‌ها]\n"
        "طرح‌های نیمه‌تمام (بر پایه سطح پیشرفت، سپس امتیاز) یا واحدهای راکد (بر پایه امتیاز) را با یک\n"
        "سناریو رتبه‌بندی می‌کند و بودجه را به ترتیب فهرست رتبه‌بندی‌شده تخصیص می‌دهد.\n"
        "\n"
        "گزینه‌ها:\n"
        "  --kind K          projects (پیش‌فرض) یا units\n"
        "  --province NAME   یک استان (نام فارسی یا انگلیسی، یا کد)؛ پیش‌فرض: همه استان‌ها\n"
        "  --scenario NAME   یک سناریوی ذخیره‌شده؛ پیش‌فرض: «seed policy»\n"
        "  --budget AMOUNT   به ریال، یا همراه با واحد: «1000 billion toman»، «۱۰۰۰ میلیارد تومان»\n"
        "  --plan P          policy (به ترتیب رتبه، پیش‌فرض) یا max-jobs (بیشترین اشتغال در حد بودجه)\n"
        "  --as-of DATE      تاریخی که ماه‌های توقف تا آن شمرده می‌شود (میلادی ISO یا شمسی)؛ پیش‌فرض: امروز\n"
        "  --format F        table (پیش‌فرض)، csv یا json\n"
        "  --output FILE     نوشتن در FILE (یکجا و بی‌خطر) به جای خروجی استاندارد\n"
        "  --sensitivity N   افزودن بازه رتبه در N تغییر تصادفی وزن‌ها (±۲۵٪)\n"
        "  --seed S          بذر تصادفی این تغییرها (پیش‌فرض ۱)\n"
        "  --lang L          fa یا en: زبان جدول و توضیح، و نام‌ها در جدول و CSV (پیش‌فرض: زبان\n"
        "                    سیستم)؛ CSV و JSON کلیدهای انگلیسی و رقم‌های لاتین را نگه می‌دارند\n"
        "  --no-bom          CSV بدون نشانه ترتیب بایت UTF-8 (BOM)\n"
        "  --explain CODE    توضیح یک مورد (شماره جواز/پروانه): چرا در این رتبه است و چه چیزی\n"
        "                    آن را بالاتر می‌برد یا به تأمین اعتبار می‌رساند (table یا json)",
    "Usage: ehya-cli scenario DB list\n"
    "       ehya-cli scenario DB show NAME\n"
    "       ehya-cli scenario DB save NAME FILE.json\n"
    "       ehya-cli scenario DB delete NAME\n"
    'The scenarios the ranking uses (ehya-cli rank --scenario NAME). "seed policy" is the\n'
    "default and cannot be changed: show it, edit the JSON, save it under another name.\n"
    "Keys of the JSON (any may be left out to keep the default):\n"
    "  project_weights {cost_per_job, progress, remaining, jobs, export}\n"
    "  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}\n"
    "  tiers [75, 50, 25]; project_statuses, unit_statuses [status keys];\n"
    "  require_market, require_justified (true/false);\n"
    "  normalisation mid_rank|min_max; ordering tier_first|score_only":
        "کاربرد: ehya-cli scenario DB list\n"
        "       ehya-cli scenario DB show NAME\n"
        "       ehya-cli scenario DB save NAME FILE.json\n"
        "       ehya-cli scenario DB delete NAME\n"
        "سناریوهایی که رتبه‌بندی به کار می‌برد (ehya-cli rank --scenario NAME). «seed policy» سناریوی\n"
        "پیش‌فرض است و تغییر نمی‌کند: آن را با show ببینید، JSON آن را ویرایش کنید و با نام دیگری save کنید.\n"
        "کلیدهای JSON (هر کدام را می‌توان نیاورد تا مقدار پیش‌فرض بماند):\n"
        "  project_weights {cost_per_job, progress, remaining, jobs, export}\n"
        "  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}\n"
        "  tiers [75, 50, 25]; project_statuses, unit_statuses [کلیدهای وضعیت];\n"
        "  require_market, require_justified (true/false);\n"
        "  normalisation mid_rank|min_max; ordering tier_first|score_only",
    "Usage: ehya-cli stats DB [--format table|json]\n"
    "Prints per province: half-finished projects (per progress tier A-D and above\n"
    "60%), their remaining investment and planned jobs; idle units that are\n"
    "candidates, eligible (market and justified), revived, revived by a change\n"
    "of management; progress reports, open obstacles and actions.\n"
    "\n"
    "Options:\n"
    "  --format F   table (default) or json\n"
    "  --lang L     fa or en: the language of the table (default: the system's\n"
    "               language); JSON keeps English keys and Latin digits":
        "کاربرد: ehya-cli stats DB [--format table|json]\n"
        "برای هر استان چاپ می‌کند: طرح‌های نیمه‌تمام (در هر سطح پیشرفت الف تا د و بالای ۶۰٪)،\n"
        "مانده سرمایه‌گذاری و اشتغال پیش‌بینی‌شده آن‌ها؛ واحدهای راکدِ نامزد احیا، واجد شرایط\n"
        "(دارای بازار و توجیه)، احیاشده و احیاشده با تغییر مدیریت؛ گزارش‌های پیشرفت، موانع\n"
        "رفع‌نشده و اقدامات.\n"
        "\n"
        "گزینه‌ها:\n"
        "  --format F   table (پیش‌فرض) یا json\n"
        "  --lang L     fa یا en: زبان جدول (پیش‌فرض: زبان سیستم)؛ JSON کلیدهای انگلیسی و\n"
        "               رقم‌های لاتین را نگه می‌دارد",
    "Usage: ehya-cli import DB --kind projects|units FILE [options]\n"
    "Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).\n"
    "Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;\n"
    "Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.\n"
    "A permit or licence number already stored in the province updates that record.\n"
    "By default nothing is written unless every row is valid.\n"
    "\n"
    "Options:\n"
    "  --dry-run          check and count, write nothing\n"
    "  --skip-invalid     import the valid rows; write the rejected ones, with a reason\n"
    "                     column, to a rejects file (FILE.rejects.csv, or --rejects)\n"
    "  --rejects FILE     where the rejected rows go\n"
    '  --map "HEADER=key;..."\n'
    "                     read the column HEADER as the column key (HEADER=- ignores it)\n"
    "  --user LOGIN       the name the audit log records (default: the system user)":
        "کاربرد: ehya-cli import DB --kind projects|units FILE [گزینه‌ها]\n"
        "طرح‌های نیمه‌تمام یا واحدهای راکد را از یک فایل CSV یا XLSX وارد می‌کند (docs/csv-format.md).\n"
        "کدگذاری UTF-8 (با BOM یا بدون آن)، UTF-16 و Windows-1256؛ جداکننده ویرگول، نقطه‌ویرگول یا تب؛\n"
        "رقم‌های فارسی، عربی یا لاتین؛ تاریخ شمسی یا ISO؛ و کلیدهای انگلیسی یا عنوان‌های فارسی را می‌پذیرد.\n"
        "اگر شماره جواز تأسیس یا پروانه بهره‌برداری از پیش در همان استان ثبت شده باشد، آن رکورد به‌روز می‌شود.\n"
        "به طور پیش‌فرض، تا همه سطرها معتبر نباشند، چیزی نوشته نمی‌شود.\n"
        "\n"
        "گزینه‌ها:\n"
        "  --dry-run          بررسی و شمارش، بدون نوشتن چیزی\n"
        "  --skip-invalid     وارد کردن سطرهای معتبر؛ سطرهای ردشده همراه با ستون دلیل رد در\n"
        "                     فایل سطرهای ردشده نوشته می‌شوند (FILE.rejects.csv، یا --rejects)\n"
        "  --rejects FILE     فایلی که سطرهای ردشده در آن نوشته می‌شوند\n"
        '  --map "HEADER=key;..."\n'
        "                     ستون HEADER به عنوان ستون key خوانده می‌شود (با HEADER=- نادیده گرفته می‌شود)\n"
        "  --user LOGIN       نامی که در سابقه تغییرات ثبت می‌شود (پیش‌فرض: کاربر سیستم)",
    "Usage: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [options]\n"
    "Exports projects, idle units, progress reports or the ranked list as CSV (UTF-8 with BOM,\n"
    "CRLF, English keys, Latin digits, ISO dates) or XLSX.\n"
    "\n"
    "Options:\n"
    "  --format F         csv or xlsx (default: by the extension of FILE)\n"
    "  --province NAME    one province (default: every province)\n"
    "  --headers H        en (column keys, default) or fa (Persian headers, names and labels;\n"
    "                     a right-to-left sheet in XLSX)\n"
    "  --dates D          iso (default) or jalali\n"
    "  --no-bom           CSV without the UTF-8 byte order mark\n"
    "  --raw              do not neutralise text cells that look like formulas\n"
    "Ranking (--kind ranking): --of projects|units, --scenario, --budget, --plan, --as-of,\n"
    "  as for ehya-cli rank.":
        "کاربرد: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [گزینه‌ها]\n"
        "از طرح‌ها، واحدهای راکد، گزارش‌های پیشرفت یا فهرست رتبه‌بندی‌شده خروجی CSV (UTF-8 با BOM،\n"
        "پایان سطر CRLF، کلیدهای انگلیسی، رقم‌های لاتین، تاریخ ISO) یا XLSX می‌گیرد.\n"
        "\n"
        "گزینه‌ها:\n"
        "  --format F         csv یا xlsx (پیش‌فرض: بر پایه پسوند FILE)\n"
        "  --province NAME    یک استان (پیش‌فرض: همه استان‌ها)\n"
        "  --headers H        en (کلیدهای ستون، پیش‌فرض) یا fa (عنوان‌ها، نام‌ها و برچسب‌های فارسی؛\n"
        "                     در XLSX، کاربرگ راست‌به‌چپ)\n"
        "  --dates D          iso (پیش‌فرض) یا jalali (شمسی)\n"
        "  --no-bom           CSV بدون نشانه ترتیب بایت UTF-8 (BOM)\n"
        "  --raw              بی‌اثر نکردن خانه‌های متنی که شبیه فرمول‌اند\n"
        "رتبه‌بندی (--kind ranking): --of projects|units، --scenario، --budget، --plan، --as-of،\n"
        "  همانند ehya-cli rank.",
    # Command-line tool: rank table (RankCommand.cpp, RankFormat.cpp)
    'Ranking of %1 — %2 — scenario "%3" — as of %4': "رتبه‌بندی %1 — %2 — سناریوی «%3» — تا تاریخ %4",
    "half-finished projects": "طرح‌های نیمه‌تمام",
    "idle units": "واحدهای راکد",
    "Budget %1 billion toman, plan %2: %3 funded, %4 billion toman, %5 jobs, %6 billion toman left.":
        "بودجه %1 میلیارد تومان، برنامه %2: %3 مورد تأمین‌شده با %4 میلیارد تومان و %5 شغل؛ "
        "%6 میلیارد تومان باقی ماند.",
    "For the same budget, max-jobs restores %1 more jobs than policy.":
        "با همین بودجه، برنامه max-jobs %1 شغل بیشتر از برنامه policy احیا می‌کند.",
    "For the same budget, max-jobs restores %1 fewer jobs than policy.":
        "با همین بودجه، برنامه max-jobs %1 شغل کمتر از برنامه policy احیا می‌کند.",
    "For the same budget, max-jobs restores as many jobs as policy.":
        "با همین بودجه، برنامه max-jobs همان تعداد شغل برنامه policy را احیا می‌کند.",
    "max-jobs is a greedy plan here: the optimum is at most %1 jobs.":
        "برنامه max-jobs در اینجا حریصانه (تقریبی) است: بهترین برنامه ممکن حداکثر %1 شغل دارد.",
    "rank": "رتبه",
    "tier": "سطح",
    "score": "امتیاز",
    "code": "شماره جواز/پروانه",
    "title": "عنوان",
    "cost (bn toman)": "هزینه (میلیارد تومان)",
    "cumulative": "تجمعی",
    "jobs": "اشتغال",
    "progress": "پیشرفت فیزیکی",
    "funded": "تأمین‌شده",
    "rank 5-50-95%": "رتبه ۵-۵۰-۹۵٪",
    "funded share": "سهم تأمین",
    "(no eligible item)": "(هیچ مورد واجد شرایطی نیست)",
    # Command-line tool: rank --explain (ExplainFormat.cpp)
    "cost per job": "هزینه هر شغل",
    "physical progress": "پیشرفت فیزیکی",
    "remaining investment": "مانده سرمایه‌گذاری",
    "planned jobs": "اشتغال پیش‌بینی‌شده",
    "export-oriented": "صادرات‌محور",
    "restart cost": "هزینه راه‌اندازی دوباره",
    "jobs restorable": "اشتغال قابل بازگشت",
    "months idle": "ماه‌های توقف",
    "Project %1 — %2 (%3, %4)": "طرح %1 — %2 (%3، %4)",
    "Idle unit %1 — %2 (%3, %4)": "واحد راکد %1 — %2 (%3، %4)",
    "Rank %1 of %2, score %3 of 100": "رتبه %1 از %2، امتیاز %3 از ۱۰۰",
    ", tier %1 (physical progress %2%)": "، سطح %1 (پیشرفت فیزیکی %2٪)",
    "Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.":
        "قوی‌ترین معیار: %1، بهتر از %2 موارد دیگر. ضعیف‌ترین معیار: %3، بهتر از %4.",
    "Points per criterion (they add up to the score):": "امتیاز هر معیار (جمع آن‌ها امتیاز کل است):",
    "%1  %2 of %3": "%1  %2 از %3",
    "To reach tier %1 it needs %2% physical progress.":
        "برای رسیدن به سطح %1، پیشرفت فیزیکی باید به %2٪ برسد.",
    "%1 of at most %2 (now %3)": "%1 حداکثر %2 (اکنون %3)",
    "%1 of at least %2 (now %3)": "%1 دست‌کم %2 (اکنون %3)",
    "It would pass rank %1 (%2) with %3.": "با %3، از رتبه %1 (%2) جلو می‌زند.",
    ", or ": "، یا ",
    "No change of cost or jobs alone would pass rank %1 (%2).":
        "هیچ تغییری در هزینه یا اشتغال به‌تنهایی آن را از رتبه %1 (%2) جلو نمی‌برد.",
    "It is funded under the %1 plan with %2.": "در برنامه %1 با بودجه %2 تأمین اعتبار می‌شود.",
    "It is not funded under the %1 plan with %2; it would be at a cost of at most %3.":
        "در برنامه %1 با بودجه %2 تأمین اعتبار نمی‌شود؛ با هزینه‌ای حداکثر %3 تأمین اعتبار می‌شد.",
    "It is not funded under the %1 plan with %2, even at no cost.":
        "در برنامه %1 با بودجه %2 حتی با هزینه صفر هم تأمین اعتبار نمی‌شود.",
    # Command-line tool: stats table (StatsFormat.cpp)
    "Total": "جمع",
    "The database holds no projects and no idle units yet.": "پایگاه داده هنوز هیچ طرح یا واحد راکدی ندارد.",
    "Province": "استان",
    "Half-finished": "نیمه‌تمام",
    "A (75%+)": "الف (۷۵٪ و بیشتر)",
    "B (50-75%)": "ب (۵۰ تا ۷۵٪)",
    "C (25-50%)": "ج (۲۵ تا ۵۰٪)",
    "D (<25%)": "د (کمتر از ۲۵٪)",
    "Above 60%": "بالای ۶۰٪",
    "Remaining (billion toman)": "مانده (میلیارد تومان)",
    "Remaining (rial)": "مانده (ریال)",
    "Planned jobs": "اشتغال پیش‌بینی‌شده",
    "Candidates": "نامزد احیا",
    "Eligible": "واجد شرایط",
    "Revived": "احیاشده",
    "By management change": "با تغییر مدیریت",
    "Jobs restorable (eligible)": "اشتغال قابل بازگشت (واجد شرایط)",
    "Progress reports": "گزارش‌های پیشرفت",
    "Open obstacles": "موانع رفع‌نشده",
    "Actions": "اقدامات",
    "Half-finished projects (under construction or stalled)": "طرح‌های نیمه‌تمام (در دست اجرا یا متوقف)",
    "Idle units (candidates: idle or semi-active; eligible: with a market and justified) and follow-up":
        "واحدهای راکد (نامزد احیا: راکد یا نیمه‌فعال؛ واجد شرایط: دارای بازار و توجیه) و پیگیری‌ها",
    # ehya-cli copy and storage::copyDatabase (src/cli/CopyCommand.cpp, src/storage/Copy.cpp)
    "Usage: ehya-cli copy FROM TO\nCopies every record of the database FROM into TO: a SQLite file into a server\n(postgresql://user@host:port/dbname), a server into a file, or between two of\neither. TO must be new or empty (a missing file or server database is created);\nit is written in one transaction, ids kept. The rows and a checksum of every\ntable are compared after the copy: when any differs, nothing is kept.":
        "کاربرد: ehya-cli copy FROM TO\nهمه رکوردهای پایگاه داده FROM را در TO رونوشت می‌کند: یک فایل SQLite در یک سرور\n(postgresql://user@host:port/dbname)، یک سرور در یک فایل، یا میان دو فایل یا دو سرور.\nTO باید تازه یا خالی باشد (فایل یا پایگاه داده سروری که نباشد ساخته می‌شود)؛\nدر یک تراکنش نوشته می‌شود و شناسه‌ها حفظ می‌شوند. پس از رونوشت، شمار ردیف‌ها و\nچکسام هر جدول مقایسه می‌شود: اگر یکی فرق کند، چیزی نگه داشته نمی‌شود.",
    "Table":
        "جدول",
    "Rows":
        "ردیف‌ها",
    "Checksum":
        "چکسام",
    "ok":
        "درست",
    "FROM and TO are both needed.":
        "FROM و TO هر دو لازم‌اند.",
    "FROM and TO are the same database (%1).":
        "FROM و TO یک پایگاه داده‌اند (%1).",
    "Nothing was written to %1.":
        "چیزی در %1 نوشته نشد.",
    "Copied %1 rows in %2 tables from %3 to %4 (%5 s); the counts and checksums match.":
        "%1 ردیف در %2 جدول از %3 در %4 رونوشت شد (%5 ثانیه)؛ شمارها و چکسام‌ها یکی‌اند.",
    "Reading the columns of the table %1 of %2 failed: %3":
        "خواندن ستون‌های جدول %1 در %2 ناموفق بود: %3",
    "Reading the table %1 of %2 failed: %3":
        "خواندن جدول %1 در %2 ناموفق بود: %3",
    "Writing the table %1 of %2 failed: %3":
        "نوشتن جدول %1 در %2 ناموفق بود: %3",
    "Could not start reading %1: %2":
        "خواندن %1 آغاز نشد: %2",
    "The table %1 of %2 is not one that this version of Ehya copies; nothing was copied.":
        "جدول %1 در %2 از جدول‌هایی نیست که این نسخه احیا رونوشت می‌کند؛ چیزی رونوشت نشد.",
    "The table %1 is in %2 but not in %3; both databases must have the same schema.":
        "جدول %1 در %2 هست ولی در %3 نیست؛ ساختار هر دو پایگاه داده باید یکی باشد.",
    "The column %1 of the table %2 is in %3 but not in %4; both databases must have the same schema.":
        "ستون %1 از جدول %2 در %3 هست ولی در %4 نیست؛ ساختار هر دو پایگاه داده باید یکی باشد.",
    "%1 already holds records (the table %2 has %L3 rows); copy writes only into a new or empty database.":
        "%1 از پیش رکورد دارد (جدول %2 دارای %L3 ردیف است)؛ copy فقط در پایگاه داده تازه یا خالی می‌نویسد.",
    "%1 cannot be copied onto itself.":
        "%1 را نمی‌توان روی خودش رونوشت کرد.",
    "%1 is at schema version %2 and %3 at version %4; both must be at the same version.":
        "نسخه ساختار %1 برابر %2 و نسخه %3 برابر %4 است؛ هر دو باید یک نسخه باشند.",
    "The copy was stopped at the table %1; nothing was written to %2.":
        "رونوشت در جدول %1 متوقف شد؛ چیزی در %2 نوشته نشد.",
    "The table %1 of %2 does not match its source after the copy (%L3 rows read, %L4 found; checksums %5 and %6); nothing was kept.":
        "جدول %1 در %2 پس از رونوشت با مبدأ یکی نیست (%L3 ردیف خوانده شد، %L4 ردیف یافت شد؛ چکسام‌های %5 و %6)؛ چیزی نگه داشته نشد.",
    "Usage: ehya-cli COMMAND DB [options]\nKeeps the records of idle factories and half-finished industrial projects.\nDB is a SQLite file path (or a postgresql:// URL in server mode).\n\nCommands:\n  init DB                  create DB holding only the reference data\n  demo DB                  create DB holding the demo dataset\n  generate DB --projects N --units M [--seed S]\n                           add synthetic data at scale (creates DB if missing)\n  stats DB [--format table|json]\n                           figures per province\n  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]\n          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]\n          [--format table|csv|json] [--output FILE] [--sensitivity N]\n                           the ranked restart list and a budget plan\n  scenario DB list|show NAME|save NAME FILE.json|delete NAME\n                           the scenarios (weights, tiers, rules) the ranking uses\n  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]\n                           projects or idle units from a CSV or XLSX file\n  export DB --kind projects|units|reports|ranking --output FILE\n          [--format csv|xlsx] [--no-bom] [--headers en|fa]\n                           the records or the ranked list as CSV or XLSX\n  report DB --output FILE.pdf [--kind projects|units] [--province NAME]\n          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]\n                           the PDF report of the ranked list and its plan\n  copy FROM TO             every record of FROM into a new or empty TO (a file or a\n                           server, either way), checked by counts and checksums\n\nOptions:\n  -h, --help               show this help (or a command's: ehya-cli stats --help)\n  --version                show the version\n  --lang L                 fa or en, for every command: the language of messages, help\n                           and tables (default: the system's language); JSON and CSV\n                           keep English keys and Latin digits\n\nExit status: 0 success, 1 input rejected (nothing written), 2 usage error.":
        "کاربرد: ehya-cli COMMAND DB [گزینه‌ها]\nثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.\nDB مسیر یک فایل SQLite است (یا در حالت سرور، نشانی postgresql://).\n\nفرمان‌ها:\n  init DB                  ساخت DB فقط با داده‌های پایه\n  demo DB                  ساخت DB با داده‌های پایه و داده‌های نمونه\n  generate DB --projects N --units M [--seed S]\n                           افزودن داده‌های ساختگی در مقیاس بزرگ (اگر DB نباشد، ساخته می‌شود)\n  stats DB [--format table|json]\n                           آمار هر استان\n  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]\n          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]\n          [--format table|csv|json] [--output FILE] [--sensitivity N]\n                           فهرست رتبه‌بندی‌شده برای راه‌اندازی دوباره و برنامه بودجه\n  scenario DB list|show NAME|save NAME FILE.json|delete NAME\n                           سناریوهایی (وزن‌ها، سطح‌ها، قواعد) که رتبه‌بندی به کار می‌برد\n  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]\n                           ورود طرح‌ها یا واحدهای راکد از یک فایل CSV یا XLSX\n  export DB --kind projects|units|reports|ranking --output FILE\n          [--format csv|xlsx] [--no-bom] [--headers en|fa]\n                           خروجی رکوردها یا فهرست رتبه‌بندی‌شده به صورت CSV یا XLSX\n  report DB --output FILE.pdf [--kind projects|units] [--province NAME]\n          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]\n                           گزارش PDF فهرست رتبه‌بندی‌شده و برنامه بودجه آن\n  copy FROM TO             همه رکوردهای FROM در TO تازه یا خالی (یک فایل یا یک\n                           سرور، در هر دو جهت)، با بررسی شمار و چکسام هر جدول\n\nگزینه‌ها:\n  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)\n  --version                نمایش نسخه\n  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها\n                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و\n                           رقم‌های لاتین را نگه می‌دارند\n\nوضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.",
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


# Letters that never join the letter after them; every other Arabic-script letter does.
NON_JOINING = set("اآأإٱدذرزژوؤةء")


def is_arabic_letter(ch):
    return len(ch) == 1 and ("\u0620" <= ch <= "\u064A" or ch in "پچژکگیٱ")


def safe_accelerator(text):
    """Drops an '&' that would underline a Persian letter joined to a neighbour: Qt draws the
    underlined letter on its own and the word falls apart (اسـتان). A letter that joins neither
    neighbour keeps it; Latin accelerators are kept."""
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "&" and i + 1 < len(text) and text[i + 1] != "&":
            letter = text[i + 1]
            before = text[i - 1] if i > 0 else ""
            after = text[i + 2] if i + 2 < len(text) else ""
            joins_before = is_arabic_letter(before) and before not in NON_JOINING
            joins_after = letter not in NON_JOINING and is_arabic_letter(after)
            if is_arabic_letter(letter) and (joins_before or joins_after):
                i += 1
                continue
        out.append(ch)
        if ch == "&" and i + 1 < len(text) and text[i + 1] == "&":
            out.append("&")
            i += 1
        i += 1
    return "".join(out)


def main():
    persian = dict(enum_labels())
    persian.update(PERSIAN)
    english_numerus = dict(ENGLISH_NUMERUS)
    for extra in sorted(HERE.glob("fa_*.json")):
        table = json.loads(extra.read_text(encoding="utf-8"))
        # "__numerus_en__": {"%n project(s)": ["%n project", "%n projects"]} for English plurals
        for source, forms in table.pop("__numerus_en__", {}).items():
            english_numerus[source] = tuple(forms)
        persian.update(table)

    def to_persian(source, numerus):
        value = persian.get(source)
        return None if value is None else [safe_accelerator(value)]

    def to_english(source, numerus):
        if numerus:
            return list(english_numerus.get(source, (source, source)))
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
