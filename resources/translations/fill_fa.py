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
    # Ranking (src/io/RankingService.cpp)
    "The budget cannot be negative.": "بودجه نمی‌تواند منفی باشد.",
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
