<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Ehya</source>
        <translation>احیا</translation>
    </message>
    <message>
        <source>Half-finished projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>واحدهای راکد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فایل</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فایل‌های &amp;اخیر</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>ساخت پایگاه داده خالی</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>باز کردن یک پایگاه داده موجود</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About Ehya</source>
        <translation>&amp;درباره احیا</translation>
    </message>
</context>
<context>
    <name>ehya</name>
    <message>
        <source>empty</source>
        <translation type="vanished">خالی</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</source>
        <translation type="vanished">«%1» تاریخ نیست؛ آن را به صورت سال/ماه/روز بنویسید، برای نمونه ۱۴۰۲/۰۵/۱۰ یا 2023-08-01.</translation>
    </message>
    <message>
        <source>The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</source>
        <translation type="vanished">سال «%1» کامل نیست؛ هر چهار رقم سال را بنویسید، برای نمونه ۱۴۰۲.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has month %2; a month is between 1 and 12.</source>
        <translation type="vanished">ماهِ «%1» برابر %2 است؛ ماه باید بین ۱ و ۱۲ باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</source>
        <translation type="vanished">تاریخ «%1» وجود ندارد: سال %2 کبیسه نیست و اسفند آن ۲۹ روز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</source>
        <translation type="vanished">تاریخ «%1» وجود ندارد: ماه %2 تقویم شمسی %3 روز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</source>
        <translation type="vanished">تاریخ «%1» وجود ندارد: ماه %2 سال %3 میلادی %4 روز دارد.</translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation type="vanished">مبلغی وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</source>
        <translation type="vanished">«%1» مبلغ نیست؛ عددی مانند ۱۲٫۵ یا ۱٬۲۵۰٬۰۰۰ بنویسید و در صورت نیاز واحدی مانند «میلیارد تومان» را پس از آن بیاورید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</source>
        <translation type="vanished">«%1» واحد پول نیست؛ یکی از واحدهای ریال، تومان، میلیون ریال، میلیارد ریال یا میلیارد تومان را به کار ببرید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation type="vanished">«%1» بیش از یک ممیز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits after its decimal point.</source>
        <translation type="vanished">در «%1» پس از ممیز رقمی نیامده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator after its decimal point.</source>
        <translation type="vanished">در «%1» جداکننده هزارگان پس از ممیز آمده است.</translation>
    </message>
    <message>
        <source>The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</source>
        <translation type="vanished">جداکننده‌های هزارگان در «%1» نابجا هستند؛ رقم‌ها سه‌تا سه‌تا جدا می‌شوند، مانند ۱٬۲۵۰٬۰۰۰.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than a whole rial.</source>
        <translation type="vanished">«%1» از یک ریال کامل دقیق‌تر است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation type="vanished">مبلغ «%1» بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount of money here cannot be below zero.</source>
        <translation type="vanished">«%1» منفی است؛ مبلغ در اینجا نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
</context>
<context>
    <name>ehya::Dates</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as year/month/day, for example 1402/05/10 or 2023-08-01.</source>
        <translation>«%1» تاریخ نیست؛ آن را به صورت سال/ماه/روز بنویسید، برای نمونه ۱۴۰۲/۰۵/۱۰ یا 2023-08-01.</translation>
    </message>
    <message>
        <source>The year of &quot;%1&quot; is too small; write all four digits of the year, for example 1402.</source>
        <translation>سال «%1» کامل نیست؛ هر چهار رقم سال را بنویسید، برای نمونه ۱۴۰۲.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has month %2; a month is between 1 and 12.</source>
        <translation>ماهِ «%1» برابر %2 است؛ ماه باید بین ۱ و ۱۲ باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: %2 is not a leap year, so Esfand has 29 days.</source>
        <translation>تاریخ «%1» وجود ندارد: سال %2 کبیسه نیست و اسفند آن ۲۹ روز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of the Jalali calendar has %3 days.</source>
        <translation>تاریخ «%1» وجود ندارد: ماه %2 تقویم شمسی %3 روز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist: month %2 of %3 has %4 days.</source>
        <translation>تاریخ «%1» وجود ندارد: ماه %2 سال %3 میلادی %4 روز دارد.</translation>
    </message>
</context>
<context>
    <name>ehya::Labels</name>
    <message>
        <source>Driver</source>
        <translation>پیشران</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبان</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>خدمات‌رسان</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>تأمین زیرساخت</translation>
    </message>
    <message>
        <source>Under construction</source>
        <translation>در دست اجرا</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Operational</source>
        <translation>به بهره‌برداری رسیده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شده</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>راکد</translation>
    </message>
    <message>
        <source>Semi-active</source>
        <translation>نیمه‌فعال</translation>
    </message>
    <message>
        <source>Under revival</source>
        <translation>در حال احیا</translation>
    </message>
    <message>
        <source>Back in production</source>
        <translation>بازگشته به تولید</translation>
    </message>
    <message>
        <source>Closed for good</source>
        <translation>تعطیل دائم</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>تعیین نشده</translation>
    </message>
    <message>
        <source>Working capital facility</source>
        <translation>تسهیلات سرمایه در گردش</translation>
    </message>
    <message>
        <source>Change of management</source>
        <translation>تغییر مدیریت</translation>
    </message>
    <message>
        <source>Debt restructuring</source>
        <translation>استمهال بدهی</translation>
    </message>
    <message>
        <source>Market support</source>
        <translation>حمایت از بازار</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Working capital and liquidity</source>
        <translation>کمبود نقدینگی و سرمایه در گردش</translation>
    </message>
    <message>
        <source>Bank debt</source>
        <translation>بدهی بانکی</translation>
    </message>
    <message>
        <source>Raw materials</source>
        <translation>تأمین مواد اولیه</translation>
    </message>
    <message>
        <source>Market and sales</source>
        <translation>بازار و فروش</translation>
    </message>
    <message>
        <source>Utilities (water, electricity, gas)</source>
        <translation>انشعابات آب، برق و گاز</translation>
    </message>
    <message>
        <source>Currency allocation</source>
        <translation>تخصیص ارز</translation>
    </message>
    <message>
        <source>Permits</source>
        <translation>مجوزها</translation>
    </message>
    <message>
        <source>Management or partner dispute</source>
        <translation>اختلاف مدیریتی و شرکا</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>مشکلات حقوقی و قضایی</translation>
    </message>
    <message>
        <source>Tax and insurance</source>
        <translation>مالیات و بیمه</translation>
    </message>
    <message>
        <source>Worn-out machinery or building</source>
        <translation>فرسودگی ماشین‌آلات و ساختمان</translation>
    </message>
    <message>
        <source>Site infrastructure</source>
        <translation>زیرساخت محل استقرار</translation>
    </message>
    <message>
        <source>Workgroup decision</source>
        <translation>مصوبه کارگروه</translation>
    </message>
    <message>
        <source>Referred to a bank</source>
        <translation>معرفی به بانک</translation>
    </message>
    <message>
        <source>Facility granted</source>
        <translation>پرداخت تسهیلات</translation>
    </message>
    <message>
        <source>Utility connected</source>
        <translation>وصل انشعاب</translation>
    </message>
    <message>
        <source>Management changed</source>
        <translation>تغییر مدیریت</translation>
    </message>
    <message>
        <source>Permit issued</source>
        <translation>صدور مجوز</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام شده</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
</context>
<context>
    <name>ehya::Money</name>
    <message>
        <source>rial</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>toman</source>
        <translation>تومان</translation>
    </message>
    <message>
        <source>million rial</source>
        <translation>میلیون ریال</translation>
    </message>
    <message>
        <source>billion rial</source>
        <translation>میلیارد ریال</translation>
    </message>
    <message>
        <source>billion toman</source>
        <translation>میلیارد تومان</translation>
    </message>
    <message>
        <source>No amount was given.</source>
        <translation>مبلغی وارد نشده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money; write a number such as 12.5 or 1,250,000, optionally followed by a unit such as &quot;billion toman&quot;.</source>
        <translation>«%1» مبلغ نیست؛ عددی مانند ۱۲٫۵ یا ۱٬۲۵۰٬۰۰۰ بنویسید و در صورت نیاز واحدی مانند «میلیارد تومان» را پس از آن بیاورید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a unit of money; use rial, toman, million rial, billion rial or billion toman.</source>
        <translation>«%1» واحد پول نیست؛ یکی از واحدهای ریال، تومان، میلیون ریال، میلیارد ریال یا میلیارد تومان را به کار ببرید.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation>«%1» بیش از یک ممیز دارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits after its decimal point.</source>
        <translation>در «%1» پس از ممیز رقمی نیامده است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator after its decimal point.</source>
        <translation>در «%1» جداکننده هزارگان پس از ممیز آمده است.</translation>
    </message>
    <message>
        <source>The thousands separators of &quot;%1&quot; are misplaced; digits are grouped by three, as in 1,250,000.</source>
        <translation>جداکننده‌های هزارگان در «%1» نابجا هستند؛ رقم‌ها سه‌تا سه‌تا جدا می‌شوند، مانند ۱٬۲۵۰٬۰۰۰.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more precise than a whole rial.</source>
        <translation>«%1» از یک ریال کامل دقیق‌تر است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount.</source>
        <translation>مبلغ «%1» بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount of money here cannot be below zero.</source>
        <translation>«%1» منفی است؛ مبلغ در اینجا نمی‌تواند کمتر از صفر باشد.</translation>
    </message>
</context>
<context>
    <name>ehya::Validation</name>
    <message>
        <source>The project title is required.</source>
        <translation>عنوان طرح را وارد کنید.</translation>
    </message>
    <message>
        <source>The establishment permit number is required.</source>
        <translation>شماره جواز تأسیس را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the province of the project.</source>
        <translation>استان طرح را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the county of the project.</source>
        <translation>شهرستان طرح را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the industrial sector of the project.</source>
        <translation>بخش صنعتی طرح را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Physical progress must be between 0 and 100; it is %1.</source>
        <translation>پیشرفت فیزیکی باید بین ۰ و ۱۰۰ باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>The amount invested cannot be negative; it is %1 rials.</source>
        <translation>سرمایه‌گذاری انجام‌شده نمی‌تواند منفی باشد؛ اکنون %1 ریال است.</translation>
    </message>
    <message>
        <source>The investment still needed cannot be negative; it is %1 rials.</source>
        <translation>مانده سرمایه‌گذاری نمی‌تواند منفی باشد؛ اکنون %1 ریال است.</translation>
    </message>
    <message>
        <source>Planned jobs cannot be negative; it is %1.</source>
        <translation>اشتغال پیش‌بینی‌شده نمی‌تواند منفی باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>The permit expires (%1) before it was issued (%2).</source>
        <translation>تاریخ انقضای جواز (%1) پیش از تاریخ صدور آن (%2) است.</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>نام واحد را وارد کنید.</translation>
    </message>
    <message>
        <source>The operation licence number is required.</source>
        <translation>شماره پروانه بهره‌برداری را وارد کنید.</translation>
    </message>
    <message>
        <source>Choose the province of the unit.</source>
        <translation>استان واحد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the county of the unit.</source>
        <translation>شهرستان واحد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the industrial sector of the unit.</source>
        <translation>بخش صنعتی واحد را انتخاب کنید.</translation>
    </message>
    <message>
        <source>Capacity in use must be between 0 and 100 percent; it is %1.</source>
        <translation>ظرفیت فعال باید بین ۰ و ۱۰۰ درصد باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>Jobs before the stoppage cannot be negative; it is %1.</source>
        <translation>اشتغال پیش از توقف نمی‌تواند منفی باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>Restorable jobs cannot be negative; it is %1.</source>
        <translation>اشتغال قابل بازگشت نمی‌تواند منفی باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>The working capital needed cannot be negative; it is %1 rials.</source>
        <translation>سرمایه در گردش مورد نیاز نمی‌تواند منفی باشد؛ اکنون %1 ریال است.</translation>
    </message>
    <message>
        <source>The fixed capital needed cannot be negative; it is %1 rials.</source>
        <translation>سرمایه ثابت مورد نیاز نمی‌تواند منفی باشد؛ اکنون %1 ریال است.</translation>
    </message>
    <message>
        <source>Reported progress must be between 0 and 100; it is %1.</source>
        <translation>پیشرفت گزارش‌شده باید بین ۰ و ۱۰۰ باشد؛ اکنون %1 است.</translation>
    </message>
    <message>
        <source>The obstacle is resolved (%1) before it was recorded (%2).</source>
        <translation>تاریخ رفع مانع (%1) پیش از تاریخ ثبت آن (%2) است.</translation>
    </message>
    <message>
        <source>The action finishes (%1) before it starts (%2).</source>
        <translation>تاریخ پایان اقدام (%1) پیش از تاریخ آغاز آن (%2) است.</translation>
    </message>
    <message>
        <source>The amount cannot be negative; it is %1 rials.</source>
        <translation>مبلغ نمی‌تواند منفی باشد؛ اکنون %1 ریال است.</translation>
    </message>
    <message>
        <source>The date of the progress report is required.</source>
        <translation>تاریخ گزارش پیشرفت را وارد کنید.</translation>
    </message>
    <message>
        <source>The date the obstacle was recorded is required.</source>
        <translation>تاریخ ثبت مانع را وارد کنید.</translation>
    </message>
    <message>
        <source>The amount is more than 1,000,000 billion toman; check the unit and the digits.</source>
        <translation>مبلغ بیش از ۱٬۰۰۰٬۰۰۰ میلیارد تومان است؛ واحد و رقم‌ها را بررسی کنید.</translation>
    </message>
    <message>
        <source>More than 1,000,000 jobs for one record is not plausible; check the number.</source>
        <translation>بیش از ۱٬۰۰۰٬۰۰۰ شغل برای یک رکورد پذیرفتنی نیست؛ عدد را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>ehya::cli::Text</name>
    <message>
        <source>Unknown option %1.</source>
        <translation>گزینه ناشناخته %1.</translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation>گزینه ناشناخته --%1.</translation>
    </message>
    <message>
        <source>The option --%1 is given twice.</source>
        <translation>گزینه --%1 دو بار آمده است.</translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation>گزینه --%1 مقدار نمی‌گیرد.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>گزینه --%1 به مقدار نیاز دارد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation type="vanished">کاربرد: ehya-cli COMMAND DB [گزینه‌ها]
ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.
DB مسیر یک فایل SQLite است (یا در حالت سرور، نشانی postgresql://).

فرمان‌ها:
  init DB                  ساخت DB فقط با داده‌های پایه
  demo DB                  ساخت DB با داده‌های پایه و داده‌های نمونه
  generate DB --projects N --units M [--seed S]
                           افزودن داده‌های ساختگی در مقیاس بزرگ (اگر DB نباشد، ساخته می‌شود)
  stats DB [--format table|json]
                           آمار هر استان
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           فهرست رتبه‌بندی‌شده برای راه‌اندازی دوباره و برنامه بودجه
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           سناریوهایی (وزن‌ها، سطح‌ها، قواعد) که رتبه‌بندی به کار می‌برد

گزینه‌ها:
  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)
  --version                نمایش نسخه
  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها
                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و
                           رقم‌های لاتین را نگه می‌دارند

وضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.</translation>
    </message>
    <message>
        <source>Try &apos;ehya-cli --help&apos;.</source>
        <translation>راهنما را با «ehya-cli --help» ببینید.</translation>
    </message>
    <message>
        <source>Try &apos;ehya-cli %1 --help&apos;.</source>
        <translation>راهنما را با «ehya-cli %1 --help» ببینید.</translation>
    </message>
    <message>
        <source>The value of --lang must be fa or en; it is &apos;%1&apos;.</source>
        <translation>مقدار --lang باید fa یا en باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>فرمان ناشناخته «%1».</translation>
    </message>
    <message>
        <source>The database file (DB) is missing.</source>
        <translation>فایل پایگاه داده (DB) داده نشده است.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>آرگومان اضافه «%1».</translation>
    </message>
    <message>
        <source>The file %1 already exists; &apos;%2&apos; creates a new database and never overwrites one. Choose another name or remove the file first.</source>
        <translation>فایل %1 از پیش وجود دارد؛ فرمان «%2» پایگاه داده تازه می‌سازد و هرگز پایگاه داده موجود را بازنویسی نمی‌کند. نام دیگری انتخاب کنید یا نخست آن فایل را حذف کنید.</translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation>ساختن پایگاه داده %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Created %1 with the reference data and the demo dataset.</source>
        <translation>پایگاه داده %1 با داده‌های پایه و داده‌های نمونه ساخته شد.</translation>
    </message>
    <message>
        <source>Created %1 with the reference data.</source>
        <translation>پایگاه داده %1 با داده‌های پایه ساخته شد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli init DB
Creates DB holding only the reference data (provinces, counties,
industrial estates, sectors, agencies, users). DB must not exist yet.</source>
        <translation>کاربرد: ehya-cli init DB
پایگاه داده DB را فقط با داده‌های پایه (استان‌ها، شهرستان‌ها، شهرک‌های صنعتی،
بخش‌های صنعتی، دستگاه‌های اجرایی، کاربران) می‌سازد. DB نباید از پیش وجود داشته باشد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli demo DB
Creates DB holding the reference data and the demo dataset (calibrated on
the published figures, e.g. 1,610 half-finished projects in East
Azerbaijan). DB must not exist yet.</source>
        <translation>کاربرد: ehya-cli demo DB
پایگاه داده DB را با داده‌های پایه و داده‌های نمونه می‌سازد (هم‌خوان با آمار
منتشرشده، برای نمونه ۱٬۶۱۰ طرح نیمه‌تمام در آذربایجان شرقی). DB نباید از پیش
وجود داشته باشد.</translation>
    </message>
    <message>
        <source>cost per job</source>
        <translation>هزینه هر شغل</translation>
    </message>
    <message>
        <source>physical progress</source>
        <translation>پیشرفت فیزیکی</translation>
    </message>
    <message>
        <source>remaining investment</source>
        <translation>مانده سرمایه‌گذاری</translation>
    </message>
    <message>
        <source>planned jobs</source>
        <translation>اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>restart cost</source>
        <translation>هزینه راه‌اندازی دوباره</translation>
    </message>
    <message>
        <source>jobs restorable</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>months idle</source>
        <translation>ماه‌های توقف</translation>
    </message>
    <message>
        <source>Project %1 — %2 (%3, %4)</source>
        <translation>طرح %1 — %2 (%3، %4)</translation>
    </message>
    <message>
        <source>Idle unit %1 — %2 (%3, %4)</source>
        <translation>واحد راکد %1 — %2 (%3، %4)</translation>
    </message>
    <message>
        <source>Rank %1 of %2, score %3 of 100</source>
        <translation>رتبه %1 از %2، امتیاز %3 از ۱۰۰</translation>
    </message>
    <message>
        <source>, tier %1 (physical progress %2%)</source>
        <translation>، سطح %1 (پیشرفت فیزیکی %2٪)</translation>
    </message>
    <message>
        <source>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</source>
        <translation>قوی‌ترین معیار: %1، بهتر از %2 موارد دیگر. ضعیف‌ترین معیار: %3، بهتر از %4.</translation>
    </message>
    <message>
        <source>Points per criterion (they add up to the score):</source>
        <translation>امتیاز هر معیار (جمع آن‌ها امتیاز کل است):</translation>
    </message>
    <message>
        <source>%1  %2 of %3</source>
        <translation>%1  %2 از %3</translation>
    </message>
    <message>
        <source>To reach tier %1 it needs %2% physical progress.</source>
        <translation>برای رسیدن به سطح %1، پیشرفت فیزیکی باید به %2٪ برسد.</translation>
    </message>
    <message>
        <source>%1 of at most %2 (now %3)</source>
        <translation>%1 حداکثر %2 (اکنون %3)</translation>
    </message>
    <message>
        <source>%1 of at least %2 (now %3)</source>
        <translation>%1 دست‌کم %2 (اکنون %3)</translation>
    </message>
    <message>
        <source>It would pass rank %1 (%2) with %3.</source>
        <translation>با %3، از رتبه %1 (%2) جلو می‌زند.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>، یا </translation>
    </message>
    <message>
        <source>No change of cost or jobs alone would pass rank %1 (%2).</source>
        <translation>هیچ تغییری در هزینه یا اشتغال به‌تنهایی آن را از رتبه %1 (%2) جلو نمی‌برد.</translation>
    </message>
    <message>
        <source>It is funded under the %1 plan with %2.</source>
        <translation>در برنامه %1 با بودجه %2 تأمین اعتبار می‌شود.</translation>
    </message>
    <message>
        <source>It is not funded under the %1 plan with %2; it would be at a cost of at most %3.</source>
        <translation>در برنامه %1 با بودجه %2 تأمین اعتبار نمی‌شود؛ با هزینه‌ای حداکثر %3 تأمین اعتبار می‌شد.</translation>
    </message>
    <message>
        <source>It is not funded under the %1 plan with %2, even at no cost.</source>
        <translation>در برنامه %1 با بودجه %2 حتی با هزینه صفر هم تأمین اعتبار نمی‌شود.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli generate DB --projects N --units M [--seed S]
Adds N synthetic half-finished projects and M idle units, with progress
histories, obstacles and actions, spread over every province, county and
sector of the reference data, in one transaction. The same seed gives the
same data. Creates DB with the reference data when it does not exist.

Options:
  --projects N   number of projects (0 to 10,000,000)
  --units M      number of idle units (0 to 10,000,000)
  --seed S       random seed, a whole number (default 1)</source>
        <translation>کاربرد: ehya-cli generate DB --projects N --units M [--seed S]
N طرح نیمه‌تمام و M واحد راکد ساختگی، همراه با سابقه پیشرفت، موانع و اقدامات، را
در یک تراکنش و پراکنده در همه استان‌ها، شهرستان‌ها و بخش‌های صنعتی داده‌های پایه
می‌افزاید. بذر تصادفی یکسان، داده‌های یکسان می‌دهد. اگر DB وجود نداشته باشد، آن را
با داده‌های پایه می‌سازد.

گزینه‌ها:
  --projects N   تعداد طرح‌ها (۰ تا ۱۰٬۰۰۰٬۰۰۰)
  --units M      تعداد واحدهای راکد (۰ تا ۱۰٬۰۰۰٬۰۰۰)
  --seed S       بذر تصادفی، یک عدد صحیح (پیش‌فرض ۱)</translation>
    </message>
    <message>
        <source>The option --%1 is missing.</source>
        <translation>گزینه --%1 داده نشده است.</translation>
    </message>
    <message>
        <source>The value of --%1 must be a whole number from 0 to 10,000,000; it is &apos;%2&apos;.</source>
        <translation>مقدار --%1 باید عدد صحیحی از ۰ تا ۱۰٬۰۰۰٬۰۰۰ باشد؛ اکنون «%2» است.</translation>
    </message>
    <message>
        <source>The value of --seed must be a whole number of at least 0; it is &apos;%1&apos;.</source>
        <translation>مقدار --seed باید عدد صحیح صفر یا بزرگ‌تر باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>باز کردن پایگاه داده %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Nothing was generated in %1: %2</source>
        <translation>هیچ داده‌ای در %1 تولید نشد: %2</translation>
    </message>
    <message>
        <source>Generated in %1: %2 projects, %3 idle units, %4 progress reports, %5 obstacles, %6 actions (seed %7, %8 s).</source>
        <translation>در %1 تولید شد: %2 طرح، %3 واحد راکد، %4 گزارش پیشرفت، %5 مانع، %6 اقدام (بذر تصادفی %7، %8 ثانیه).</translation>
    </message>
    <message>
        <source>Usage: ehya-cli rank DB [options]
Ranks half-finished projects (by progress tier, then score) or idle units (by score) by a
scenario, and plans a budget over the ranked list.

Options:
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date months idle are counted to (ISO or Jalali); default today
  --format F        table (default), csv or json
  --output FILE     write to FILE (atomically) instead of standard output
  --sensitivity N   add the rank spread over N random weight perturbations (±25%)
  --seed S          the seed of the perturbations (default 1)
  --lang L          fa or en: the language of the table, the explanation and the names in
                    the table and CSV (default: the system&apos;s language); CSV and JSON keep
                    English keys and Latin digits
  --no-bom          CSV without the UTF-8 byte order mark
  --explain CODE    explain one item (permit or licence number): why it ranks there and
                    what would move it up or get it funded (table or json)</source>
        <translation>کاربرد: ehya-cli rank DB [گزینه‌ها]
طرح‌های نیمه‌تمام (بر پایه سطح پیشرفت، سپس امتیاز) یا واحدهای راکد (بر پایه امتیاز) را با یک
سناریو رتبه‌بندی می‌کند و بودجه را به ترتیب فهرست رتبه‌بندی‌شده تخصیص می‌دهد.

گزینه‌ها:
  --kind K          projects (پیش‌فرض) یا units
  --province NAME   یک استان (نام فارسی یا انگلیسی، یا کد)؛ پیش‌فرض: همه استان‌ها
  --scenario NAME   یک سناریوی ذخیره‌شده؛ پیش‌فرض: «seed policy»
  --budget AMOUNT   به ریال، یا همراه با واحد: «1000 billion toman»، «۱۰۰۰ میلیارد تومان»
  --plan P          policy (به ترتیب رتبه، پیش‌فرض) یا max-jobs (بیشترین اشتغال در حد بودجه)
  --as-of DATE      تاریخی که ماه‌های توقف تا آن شمرده می‌شود (میلادی ISO یا شمسی)؛ پیش‌فرض: امروز
  --format F        table (پیش‌فرض)، csv یا json
  --output FILE     نوشتن در FILE (یکجا و بی‌خطر) به جای خروجی استاندارد
  --sensitivity N   افزودن بازه رتبه در N تغییر تصادفی وزن‌ها (±۲۵٪)
  --seed S          بذر تصادفی این تغییرها (پیش‌فرض ۱)
  --lang L          fa یا en: زبان جدول و توضیح، و نام‌ها در جدول و CSV (پیش‌فرض: زبان
                    سیستم)؛ CSV و JSON کلیدهای انگلیسی و رقم‌های لاتین را نگه می‌دارند
  --no-bom          CSV بدون نشانه ترتیب بایت UTF-8 (BOM)
  --explain CODE    توضیح یک مورد (شماره جواز/پروانه): چرا در این رتبه است و چه چیزی
                    آن را بالاتر می‌برد یا به تأمین اعتبار می‌رساند (table یا json)</translation>
    </message>
    <message>
        <source>The value of --kind must be projects or units; it is &apos;%1&apos;.</source>
        <translation>مقدار --kind باید projects یا units باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>The value of --plan must be policy or max-jobs; it is &apos;%1&apos;.</source>
        <translation>مقدار --plan باید policy یا max-jobs باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>The value of --format must be table, csv or json; it is &apos;%1&apos;.</source>
        <translation>مقدار --format باید table، csv یا json باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>--budget: %1</source>
        <translation>--budget: %1</translation>
    </message>
    <message>
        <source>--as-of: %1</source>
        <translation>--as-of: %1</translation>
    </message>
    <message>
        <source>--sensitivity must be a number of samples from 1 to 100,000.</source>
        <translation>مقدار --sensitivity باید تعداد نمونه‌ها، از ۱ تا ۱۰۰٬۰۰۰، باشد.</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>مقدار --seed باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>every province</source>
        <translation>همه استان‌ها</translation>
    </message>
    <message>
        <source>There is no province named &apos;%1&apos;.</source>
        <translation>استانی با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>Ranking of %1 — %2 — scenario &quot;%3&quot; — as of %4</source>
        <translation>رتبه‌بندی %1 — %2 — سناریوی «%3» — تا تاریخ %4</translation>
    </message>
    <message>
        <source>half-finished projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>idle units</source>
        <translation>واحدهای راکد</translation>
    </message>
    <message>
        <source>No ranked item has the number &apos;%1&apos; (is it eligible, and in this province?).</source>
        <translation>هیچ مورد رتبه‌بندی‌شده‌ای شماره «%1» را ندارد (آیا واجد شرایط است و در همین استان قرار دارد؟).</translation>
    </message>
    <message>
        <source>Could not write to standard output.</source>
        <translation>نوشتن در خروجی استاندارد ممکن نشد.</translation>
    </message>
    <message>
        <source>Budget %1 billion toman, plan %2: %3 funded, %4 billion toman, %5 jobs, %6 billion toman left.</source>
        <translation>بودجه %1 میلیارد تومان، برنامه %2: %3 مورد تأمین‌شده با %4 میلیارد تومان و %5 شغل؛ %6 میلیارد تومان باقی ماند.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores %1 more jobs than policy.</source>
        <translation>با همین بودجه، برنامه max-jobs %1 شغل بیشتر از برنامه policy احیا می‌کند.</translation>
    </message>
    <message>
        <source>max-jobs is a greedy plan here: the optimum is at most %1 jobs.</source>
        <translation>برنامه max-jobs در اینجا حریصانه (تقریبی) است: بهترین برنامه ممکن حداکثر %1 شغل دارد.</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>code</source>
        <translation>شماره جواز/پروانه</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>county</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>cost (bn toman)</source>
        <translation>هزینه (میلیارد تومان)</translation>
    </message>
    <message>
        <source>cumulative</source>
        <translation>تجمعی</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>اشتغال</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>پیشرفت فیزیکی</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>تأمین‌شده</translation>
    </message>
    <message>
        <source>rank 5-50-95%</source>
        <translation>رتبه ۵-۵۰-۹۵٪</translation>
    </message>
    <message>
        <source>funded share</source>
        <translation>سهم تأمین</translation>
    </message>
    <message>
        <source>(no eligible item)</source>
        <translation>(هیچ مورد واجد شرایطی نیست)</translation>
    </message>
    <message>
        <source>Usage: ehya-cli scenario DB list
       ehya-cli scenario DB show NAME
       ehya-cli scenario DB save NAME FILE.json
       ehya-cli scenario DB delete NAME
The scenarios the ranking uses (ehya-cli rank --scenario NAME). &quot;seed policy&quot; is the
default and cannot be changed: show it, edit the JSON, save it under another name.
Keys of the JSON (any may be left out to keep the default):
  project_weights {cost_per_job, progress, remaining, jobs, export}
  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}
  tiers [75, 50, 25]; project_statuses, unit_statuses [status keys];
  require_market, require_justified (true/false);
  normalisation mid_rank|min_max; ordering tier_first|score_only</source>
        <translation>کاربرد: ehya-cli scenario DB list
       ehya-cli scenario DB show NAME
       ehya-cli scenario DB save NAME FILE.json
       ehya-cli scenario DB delete NAME
سناریوهایی که رتبه‌بندی به کار می‌برد (ehya-cli rank --scenario NAME). «seed policy» سناریوی
پیش‌فرض است و تغییر نمی‌کند: آن را با show ببینید، JSON آن را ویرایش کنید و با نام دیگری save کنید.
کلیدهای JSON (هر کدام را می‌توان نیاورد تا مقدار پیش‌فرض بماند):
  project_weights {cost_per_job, progress, remaining, jobs, export}
  unit_weights {cost_per_job, restart_cost, jobs, months_idle, export}
  tiers [75, 50, 25]; project_statuses, unit_statuses [کلیدهای وضعیت];
  require_market, require_justified (true/false);
  normalisation mid_rank|min_max; ordering tier_first|score_only</translation>
    </message>
    <message>
        <source>Give the database and what to do: list, show, save or delete.</source>
        <translation>پایگاه داده و کار مورد نظر را بدهید: list، show، save یا delete.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: use list, show, save or delete.</source>
        <translation>کار ناشناخته «%1»: یکی از list، show، save یا delete را به کار ببرید.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes %2 argument(s) after the database.</source>
        <translation>«%1» پس از پایگاه داده %2 آرگومان می‌گیرد.</translation>
    </message>
    <message>
        <source>  (built in, read-only)</source>
        <translation>  (داخلی، فقط‌خواندنی)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>خواندن %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Saved scenario &apos;%1&apos; (version %2).</source>
        <translation>سناریوی «%1» ذخیره شد (نسخه %2).</translation>
    </message>
    <message>
        <source>Usage: ehya-cli stats DB [--format table|json]
Prints per province: half-finished projects (per progress tier A-D and above
60%), their remaining investment and planned jobs; idle units that are
candidates, eligible (market and justified), revived, revived by a change
of management; progress reports, open obstacles and actions.

Options:
  --format F   table (default) or json
  --lang L     fa or en: the language of the table (default: the system&apos;s
               language); JSON keeps English keys and Latin digits</source>
        <translation>کاربرد: ehya-cli stats DB [--format table|json]
برای هر استان چاپ می‌کند: طرح‌های نیمه‌تمام (در هر سطح پیشرفت الف تا د و بالای ۶۰٪)،
مانده سرمایه‌گذاری و اشتغال پیش‌بینی‌شده آن‌ها؛ واحدهای راکدِ نامزد احیا، واجد شرایط
(دارای بازار و توجیه)، احیاشده و احیاشده با تغییر مدیریت؛ گزارش‌های پیشرفت، موانع
رفع‌نشده و اقدامات.

گزینه‌ها:
  --format F   table (پیش‌فرض) یا json
  --lang L     fa یا en: زبان جدول (پیش‌فرض: زبان سیستم)؛ JSON کلیدهای انگلیسی و
               رقم‌های لاتین را نگه می‌دارد</translation>
    </message>
    <message>
        <source>The value of --format must be table or json; it is &apos;%1&apos;.</source>
        <translation>مقدار --format باید table یا json باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>Could not compute the figures of %1: %2</source>
        <translation>محاسبه آمار %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>The database holds no projects and no idle units yet.</source>
        <translation>پایگاه داده هنوز هیچ طرح یا واحد راکدی ندارد.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Half-finished</source>
        <translation>نیمه‌تمام</translation>
    </message>
    <message>
        <source>A (75%+)</source>
        <translation>الف (۷۵٪ و بیشتر)</translation>
    </message>
    <message>
        <source>B (50-75%)</source>
        <translation>ب (۵۰ تا ۷۵٪)</translation>
    </message>
    <message>
        <source>C (25-50%)</source>
        <translation>ج (۲۵ تا ۵۰٪)</translation>
    </message>
    <message>
        <source>D (&lt;25%)</source>
        <translation>د (کمتر از ۲۵٪)</translation>
    </message>
    <message>
        <source>Above 60%</source>
        <translation>بالای ۶۰٪</translation>
    </message>
    <message>
        <source>Remaining (billion toman)</source>
        <translation>مانده (میلیارد تومان)</translation>
    </message>
    <message>
        <source>Remaining (rial)</source>
        <translation>مانده (ریال)</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>واحدهای راکد</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>نامزد احیا</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>احیاشده</translation>
    </message>
    <message>
        <source>By management change</source>
        <translation>با تغییر مدیریت</translation>
    </message>
    <message>
        <source>Jobs restorable (eligible)</source>
        <translation>اشتغال قابل بازگشت (واجد شرایط)</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>گزارش‌های پیشرفت</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>موانع رفع‌نشده</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Half-finished projects (under construction or stalled)</source>
        <translation>طرح‌های نیمه‌تمام (در دست اجرا یا متوقف)</translation>
    </message>
    <message>
        <source>Idle units (candidates: idle or semi-active; eligible: with a market and justified) and follow-up</source>
        <translation>واحدهای راکد (نامزد احیا: راکد یا نیمه‌فعال؛ واجد شرایط: دارای بازار و توجیه) و پیگیری‌ها</translation>
    </message>
    <message>
        <source>The number &apos;%1&apos; is used in more than one province (%2): add --province.</source>
        <translation>شماره «%1» در بیش از یک استان به کار رفته است (%2): گزینه --province را اضافه کنید.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>The scenario &apos;%1&apos; exists already: keep the &quot;version&quot; that &apos;scenario show&apos; printed in %2, so that a change saved meanwhile is not overwritten.</source>
        <translation>سناریوی «%1» از پیش وجود دارد: «version»ی را که &apos;scenario show&apos; چاپ کرد در %2 نگه دارید تا تغییری که در این فاصله ذخیره شده است از دست نرود.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli COMMAND DB [options]
Keeps the records of idle factories and half-finished industrial projects.
DB is a SQLite file path (or a postgresql:// URL in server mode).

Commands:
  init DB                  create DB holding only the reference data
  demo DB                  create DB holding the demo dataset
  generate DB --projects N --units M [--seed S]
                           add synthetic data at scale (creates DB if missing)
  stats DB [--format table|json]
                           figures per province
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           the ranked restart list and a budget plan
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           the scenarios (weights, tiers, rules) the ranking uses
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           projects or idle units from a CSV or XLSX file
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           the records or the ranked list as CSV or XLSX

Options:
  -h, --help               show this help (or a command&apos;s: ehya-cli stats --help)
  --version                show the version
  --lang L                 fa or en, for every command: the language of messages, help
                           and tables (default: the system&apos;s language); JSON and CSV
                           keep English keys and Latin digits

Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.</source>
        <translation>کاربرد: ehya-cli COMMAND DB [گزینه‌ها]
ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.
DB مسیر یک فایل SQLite است (یا در حالت سرور، نشانی postgresql://).

فرمان‌ها:
  init DB                  ساخت DB فقط با داده‌های پایه
  demo DB                  ساخت DB با داده‌های پایه و داده‌های نمونه
  generate DB --projects N --units M [--seed S]
                           افزودن داده‌های ساختگی در مقیاس بزرگ (اگر DB نباشد، ساخته می‌شود)
  stats DB [--format table|json]
                           آمار هر استان
  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]
          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]
          [--format table|csv|json] [--output FILE] [--sensitivity N]
                           فهرست رتبه‌بندی‌شده برای راه‌اندازی دوباره و برنامه بودجه
  scenario DB list|show NAME|save NAME FILE.json|delete NAME
                           سناریوهایی (وزن‌ها، سطح‌ها، قواعد) که رتبه‌بندی به کار می‌برد
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           ورود طرح‌ها یا واحدهای راکد از یک فایل CSV یا XLSX
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           خروجی رکوردها یا فهرست رتبه‌بندی‌شده به صورت CSV یا XLSX

گزینه‌ها:
  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)
  --version                نمایش نسخه
  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها
                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و
                           رقم‌های لاتین را نگه می‌دارند

وضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.</translation>
    </message>
    <message>
        <source>The value of --%1 must be projects or units; it is &apos;%2&apos;.</source>
        <translation>مقدار --%1 باید projects یا units باشد؛ اکنون «%2» است.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;H=key;...&quot;  read the column headed H as the column key (H=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</source>
        <translation type="vanished">کاربرد: ehya-cli import DB --kind projects|units FILE [گزینه‌ها]
طرح‌های نیمه‌تمام یا واحدهای راکد را از یک فایل CSV یا XLSX وارد می‌کند (docs/csv-format.md).
کدگذاری UTF-8 (با BOM یا بدون آن)، UTF-16 و Windows-1256؛ جداکننده ویرگول، نقطه‌ویرگول یا تب؛
رقم‌های فارسی، عربی یا لاتین؛ تاریخ شمسی یا ISO؛ و کلیدهای انگلیسی یا عنوان‌های فارسی را می‌پذیرد.
اگر شماره جواز تأسیس یا پروانه بهره‌برداری از پیش در همان استان ثبت شده باشد، آن رکورد به‌روز می‌شود.
به طور پیش‌فرض، تا همه سطرها معتبر نباشند، چیزی نوشته نمی‌شود.

گزینه‌ها:
  --dry-run          بررسی و شمارش، بدون نوشتن چیزی
  --skip-invalid     وارد کردن سطرهای معتبر؛ سطرهای ردشده همراه با ستون دلیل رد در
                     فایل سطرهای ردشده نوشته می‌شوند (FILE.rejects.csv، یا --rejects)
  --rejects FILE     فایلی که سطرهای ردشده در آن نوشته می‌شوند
  --map &quot;H=key;...&quot;  خواندن ستون با عنوان H به عنوان ستون key (با H=- نادیده گرفته می‌شود)
  --user LOGIN       نامی که در سابقه تغییرات ثبت می‌شود (پیش‌فرض: کاربر سیستم)</translation>
    </message>
    <message>
        <source>Usage: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [options]
Exports projects, idle units, progress reports or the ranked list as CSV (UTF-8 with BOM,
CRLF, English keys, Latin digits, ISO dates) or XLSX.

Options:
  --format F         csv or xlsx (default: by the extension of FILE)
  --province NAME    one province (default: every province)
  --headers H        en (column keys, default) or fa (Persian headers, names and labels;
                     a right-to-left sheet in XLSX)
  --dates D          iso (default) or jalali
  --no-bom           CSV without the UTF-8 byte order mark
  --raw              do not neutralise text cells that look like formulas
Ranking (--kind ranking): --of projects|units, --scenario, --budget, --plan, --as-of,
  as for ehya-cli rank.</source>
        <translation>کاربرد: ehya-cli export DB --kind projects|units|reports|ranking --output FILE [گزینه‌ها]
از طرح‌ها، واحدهای راکد، گزارش‌های پیشرفت یا فهرست رتبه‌بندی‌شده خروجی CSV (UTF-8 با BOM،
پایان سطر CRLF، کلیدهای انگلیسی، رقم‌های لاتین، تاریخ ISO) یا XLSX می‌گیرد.

گزینه‌ها:
  --format F         csv یا xlsx (پیش‌فرض: بر پایه پسوند FILE)
  --province NAME    یک استان (پیش‌فرض: همه استان‌ها)
  --headers H        en (کلیدهای ستون، پیش‌فرض) یا fa (عنوان‌ها، نام‌ها و برچسب‌های فارسی؛
                     در XLSX، کاربرگ راست‌به‌چپ)
  --dates D          iso (پیش‌فرض) یا jalali (شمسی)
  --no-bom           CSV بدون نشانه ترتیب بایت UTF-8 (BOM)
  --raw              بی‌اثر نکردن خانه‌های متنی که شبیه فرمول‌اند
رتبه‌بندی (--kind ranking): --of projects|units، --scenario، --budget، --plan، --as-of،
  همانند ehya-cli rank.</translation>
    </message>
    <message>
        <source>--map: &quot;%1&quot; is not HEADER=key.</source>
        <translation>--map: «%1» به شکل HEADER=key نیست.</translation>
    </message>
    <message>
        <source>... and %1 more problems.</source>
        <translation type="vanished">... و %1 مشکل دیگر.</translation>
    </message>
    <message>
        <source>%1: %2 rows read: %3 added, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation type="vanished">%1: %2 سطر خوانده شد؛ افزوده‌شده: %3، به‌روزشده: %4، بدون تغییر: %5، ردشده: %6.</translation>
    </message>
    <message>
        <source>The rejected rows, with the reason, are in %1.</source>
        <translation>سطرهای ردشده همراه با دلیل رد در فایل %1 نوشته شدند.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ذخیره شد.</translation>
    </message>
    <message>
        <source>Nothing was written to the database.</source>
        <translation>چیزی در پایگاه داده نوشته نشد.</translation>
    </message>
    <message>
        <source>DB and FILE are both needed.</source>
        <translation>هر دو آرگومان DB و FILE لازم است.</translation>
    </message>
    <message>
        <source>The value of --kind must be projects, units, reports or ranking; it is &apos;%1&apos;.</source>
        <translation>مقدار --kind باید projects، units، reports یا ranking باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>--output FILE is needed.</source>
        <translation>گزینه --output FILE لازم است.</translation>
    </message>
    <message>
        <source>The value of --format must be csv or xlsx; it is &apos;%1&apos;.</source>
        <translation>مقدار --format باید csv یا xlsx باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>The value of --headers must be en or fa; it is &apos;%1&apos;.</source>
        <translation>مقدار --headers باید en یا fa باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>The value of --dates must be iso or jalali; it is &apos;%1&apos;.</source>
        <translation>مقدار --dates باید iso یا jalali باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="vanished">%1 سطر در %2 نوشته شد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli import DB --kind projects|units FILE [options]
Imports half-finished projects or idle units from a CSV or XLSX file (docs/csv-format.md).
Accepts UTF-8 (with or without BOM), UTF-16 and Windows-1256; comma, semicolon or tab;
Persian, Arabic-Indic or Latin digits; Jalali or ISO dates; English keys or Persian headers.
A permit or licence number already stored in the province updates that record.
By default nothing is written unless every row is valid.

Options:
  --dry-run          check and count, write nothing
  --skip-invalid     import the valid rows; write the rejected ones, with a reason
                     column, to a rejects file (FILE.rejects.csv, or --rejects)
  --rejects FILE     where the rejected rows go
  --map &quot;HEADER=key;...&quot;
                     read the column HEADER as the column key (HEADER=- ignores it)
  --user LOGIN       the name the audit log records (default: the system user)</source>
        <translation>کاربرد: ehya-cli import DB --kind projects|units FILE [گزینه‌ها]
طرح‌های نیمه‌تمام یا واحدهای راکد را از یک فایل CSV یا XLSX وارد می‌کند (docs/csv-format.md).
کدگذاری UTF-8 (با BOM یا بدون آن)، UTF-16 و Windows-1256؛ جداکننده ویرگول، نقطه‌ویرگول یا تب؛
رقم‌های فارسی، عربی یا لاتین؛ تاریخ شمسی یا ISO؛ و کلیدهای انگلیسی یا عنوان‌های فارسی را می‌پذیرد.
اگر شماره جواز تأسیس یا پروانه بهره‌برداری از پیش در همان استان ثبت شده باشد، آن رکورد به‌روز می‌شود.
به طور پیش‌فرض، تا همه سطرها معتبر نباشند، چیزی نوشته نمی‌شود.

گزینه‌ها:
  --dry-run          بررسی و شمارش، بدون نوشتن چیزی
  --skip-invalid     وارد کردن سطرهای معتبر؛ سطرهای ردشده همراه با ستون دلیل رد در
                     فایل سطرهای ردشده نوشته می‌شوند (FILE.rejects.csv، یا --rejects)
  --rejects FILE     فایلی که سطرهای ردشده در آن نوشته می‌شوند
  --map &quot;HEADER=key;...&quot;
                     ستون HEADER به عنوان ستون key خوانده می‌شود (با HEADER=- نادیده گرفته می‌شود)
  --user LOGIN       نامی که در سابقه تغییرات ثبت می‌شود (پیش‌فرض: کاربر سیستم)</translation>
    </message>
    <message>
        <source>... and %L1 more problems.</source>
        <translation>... و %L1 مشکل دیگر.</translation>
    </message>
    <message>
        <source>%1: %L2 rows read: %L3 added, %L4 updated, %L5 unchanged, %L6 rejected.</source>
        <translation>%1: %L2 سطر خوانده شد؛ افزوده‌شده: %L3، به‌روزشده: %L4، بدون تغییر: %L5، ردشده: %L6.</translation>
    </message>
    <message>
        <source>%L1 rows written to %2.</source>
        <translation>%L1 سطر در %2 نوشته شد.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DatabaseErrors</name>
    <message>
        <source>Cannot open the database</source>
        <translation>پایگاه داده باز نشد</translation>
    </message>
    <message>
        <source>The database %1 is open in another copy of Ehya. Close it there, or open a different file.</source>
        <translation>پایگاه داده %1 در نسخه دیگری از احیا باز است. آن را در آنجا ببندید یا فایل دیگری را باز کنید.</translation>
    </message>
    <message>
        <source>The file %1 is not an Ehya database, or it is damaged. Open a backup copy instead.</source>
        <translation>فایل %1 پایگاه داده احیا نیست یا آسیب دیده است. به جای آن یک نسخه پشتیبان را باز کنید.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Ehya. Install the newer version to open it.</source>
        <translation>پایگاه داده %1 با نسخه جدیدتری از احیا ذخیره شده است. برای باز کردن آن، نسخه جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>فایل %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Ehya may not read or write the file %1. Check that the folder exists and that you may write to it.</source>
        <translation>احیا اجازه خواندن یا نوشتن فایل %1 را ندارد. بررسی کنید که پوشه وجود داشته باشد و اجازه نوشتن در آن را داشته باشید.</translation>
    </message>
    <message>
        <source>Ehya could not open the database %1.</source>
        <translation>احیا نتوانست پایگاه داده %1 را باز کند.</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>پایگاه داده ساخته نشد</translation>
    </message>
    <message>
        <source>Ehya may not write the file %1. Choose a folder you may write to.</source>
        <translation>احیا اجازه نوشتن فایل %1 را ندارد. پوشه‌ای را انتخاب کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new file name.</source>
        <translation>فایل %1 از پیش وجود دارد. نام تازه‌ای برای فایل انتخاب کنید.</translation>
    </message>
    <message>
        <source>Ehya could not create the database %1.</source>
        <translation>احیا نتوانست پایگاه داده %1 را بسازد.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::MainWindow</name>
    <message>
        <source>%1 — Ehya</source>
        <translation>%1 — احیا</translation>
    </message>
    <message>
        <source>The file %1 already exists.</source>
        <translation>فایل %1 از پیش وجود دارد.</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation>
            <numerusform>%1 طرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation>
            <numerusform>%1 واحد راکد</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>پایگاه داده جدید</translation>
    </message>
    <message>
        <source>Ehya databases (*.sqlite *.db)</source>
        <translation>پایگاه‌های داده احیا (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>Ehya databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های داده احیا (*.sqlite *.db);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;پاک کردن فهرست</translation>
    </message>
    <message>
        <source>About Ehya</source>
        <translation>درباره احیا</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ehya %1&lt;/h3&gt;&lt;p&gt;Records of idle industrial units and half-finished industrial projects for provincial industry offices: keep them, rank them and report on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;احیا %1&lt;/h3&gt;&lt;p&gt;سامانه ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام برای سازمان‌های صنعت، معدن و تجارت استان‌ها: ثبت سوابق، اولویت‌بندی و گزارش‌گیری.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProjectTableModel</name>
    <message>
        <source>Project</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>پیشرفت فیزیکی</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Remaining investment
(%1)</source>
        <translation>مانده سرمایه‌گذاری
(%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>اشتغال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>آخرین گزارش</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UnitTableModel</name>
    <message>
        <source>Working capital: %1
Fixed capital: %2</source>
        <translation>سرمایه در گردش: %1
سرمایه ثابت: %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>تاریخ توقف</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>ظرفیت فعال</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>Capital needed
(%1)</source>
        <translation>سرمایه مورد نیاز
(%1)</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>آخرین اقدام</translation>
    </message>
</context>
<context>
    <name>ehya::io</name>
    <message>
        <source>unexpected text after the closing quote of a quoted field</source>
        <translation>پس از گیومه پایانی یک خانه گیومه‌دار، متن اضافه آمده است</translation>
    </message>
    <message>
        <source>unterminated quote</source>
        <translation>گیومه‌ای باز شده و بسته نشده است</translation>
    </message>
    <message>
        <source>the file is empty; a header row was expected</source>
        <translation>فایل خالی است؛ سطر نخست باید عنوان ستون‌ها باشد</translation>
    </message>
    <message>
        <source>the header has an empty column name</source>
        <translation>نام یکی از ستون‌ها در سطر عنوان‌ها خالی است</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header</source>
        <translation>ستون «%1» دو بار در سطر عنوان‌ها آمده است</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>این سطر %1 خانه دارد، اما سطر عنوان‌ها %2 ستون دارد</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="vanished">فایل متن UTF-8 نیست؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>چنین فایلی وجود ندارد</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن فایل %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2; the file was left as it was.</source>
        <translation>نوشتن فایل %1 ناموفق بود: %2؛ فایل دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code of provinces.csv.</source>
        <translation>«%1» کد هیچ استانی در provinces.csv نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county of counties.csv in that province.</source>
        <translation>«%1» در counties.csv از شهرستان‌های این استان نیست.</translation>
    </message>
    <message>
        <source>%1 already exists; choose the name of a new file, the data is not written over an existing one.</source>
        <translation>%1 از پیش وجود دارد؛ نام یک فایل تازه را انتخاب کنید، داده‌ها روی فایل موجود نوشته نمی‌شوند.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province.</source>
        <translation>استانی با نام یا کد «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>No project of that province has the permit number &quot;%1&quot;.</source>
        <translation>هیچ طرحی در این استان شماره جواز تأسیس «%1» را ندارد.</translation>
    </message>
    <message>
        <source>No unit of that province has the licence number &quot;%1&quot;.</source>
        <translation>هیچ واحدی در این استان شماره پروانه بهره‌برداری «%1» را ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency of agencies.csv.</source>
        <translation>دستگاه اجرایی «%1» در agencies.csv نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a county of that province.</source>
        <translation>«%1» از شهرستان‌های این استان نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an industrial estate of that province.</source>
        <translation>«%1» از شهرک‌های صنعتی این استان نیست.</translation>
    </message>
    <message>
        <source>The industrial estate &quot;%1&quot; is in another county.</source>
        <translation>شهرک صنعتی «%1» در شهرستان دیگری است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISIC division or sector name.</source>
        <translation>«%1» کد دورقمی ISIC یا نام بخش صنعتی نیست.</translation>
    </message>
    <message>
        <source>The number %1 appears twice in this province.</source>
        <translation>شماره %1 در این استان دو بار آمده است.</translation>
    </message>
    <message>
        <source>%1: the embedded data file is missing from this build.</source>
        <translation>%1: این فایل داده که باید درون برنامه باشد، در این نسخه از برنامه نیست.</translation>
    </message>
    <message>
        <source>%1:1: the header has no column &quot;%2&quot;.</source>
        <translation>%1:1: سطر عنوان‌ها ستون «%2» را ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the allowed values.</source>
        <translation>«%1» از مقدارهای مجاز نیست.</translation>
    </message>
    <message>
        <source>This cell must not be empty.</source>
        <translation>این خانه نباید خالی باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of zero or more.</source>
        <translation>«%1» عدد صحیح صفر یا بزرگ‌تر نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>«%1» درصدی بین ۰ و ۱۰۰ نیست.</translation>
    </message>
    <message>
        <source>A date is required here.</source>
        <translation>در این خانه تاریخ لازم است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (1/0, yes/no, بله/خیر).</source>
        <translation>«%1» بله یا خیر نیست (1/0، yes/no، بله/خیر).</translation>
    </message>
    <message>
        <source>The database holds no provinces with counties or no sectors; load the reference data first (ehya-cli init).</source>
        <translation>پایگاه داده هیچ استانی که شهرستان داشته باشد، یا هیچ بخش صنعتی ندارد؛ نخست داده‌های پایه را بار کنید (ehya-cli init).</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>خواندن پایگاه داده ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The database already holds data generated with seed %1; use another seed.</source>
        <translation>پایگاه داده از پیش داده‌های ساختگی با بذر تصادفی %1 دارد؛ بذر دیگری به کار ببرید.</translation>
    </message>
    <message>
        <source>The numbers of projects and units cannot be negative.</source>
        <translation>تعداد طرح‌ها و واحدها نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Writing a generated %1 row failed: %2</source>
        <translation type="vanished">نوشتن یک سطر ساختگی در جدول %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s inserts: %1</source>
        <translation type="vanished">آماده‌سازی درج داده‌های ساختگی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s audit insert: %1</source>
        <translation type="vanished">آماده‌سازی ثبت داده‌های ساختگی در سابقه تغییرات ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Reading the ranked records failed: %1</source>
        <translation type="vanished">خواندن رکوردهای رتبه‌بندی ناموفق بود: %1</translation>
    </message>
    <message>
        <source>reading stopped: %1</source>
        <translation>خواندن متوقف شد: %1</translation>
    </message>
    <message>
        <source>the file changed while it was being read (%1 of its %2 bytes were read)</source>
        <translation>فایل در حین خواندن تغییر کرد (%1 بایت از %2 بایت آن خوانده شد)</translation>
    </message>
    <message>
        <source>this field is longer than %1 characters or its row longer than %2; is this really a CSV file?</source>
        <translation>این خانه بیش از %1 نویسه، یا سطر آن بیش از %2 نویسه دارد؛ آیا این فایل واقعاً CSV است؟</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>«%1» درصد معتبری نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» عدد صحیح نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2 (or their Persian labels).</source>
        <translation>«%1» هیچ‌یک از این مقدارها نیست: %2 (یا برچسب‌های فارسی آن‌ها).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column map sends &quot;%3&quot; to &quot;%4&quot;, which is not a column key.</source>
        <translation>%1:1:%2: در نگاشت ستون‌ها (--map)، ستون «%3» به «%4» نسبت داده شده است که کلید هیچ ستونی نیست.</translation>
    </message>
    <message>
        <source>%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=KEY&quot; (&quot;%3=-&quot; ignores it).</source>
        <translation type="vanished">%1:1:%2: ستون ناشناخته «%3»؛ نام آن را یکی از کلیدهای docs/csv-format.md بگذارید، یا با --map &quot;%3=KEY&quot; آن را به یک کلید نسبت دهید (&quot;%3=-&quot; آن را نادیده می‌گیرد).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column &quot;%3&quot; holds %4, like column %5 (&quot;%6&quot;); keep one of them.</source>
        <translation type="vanished">%1:1:%2: ستون «%3» همان %4 است که ستون %5 («%6») هم هست؛ فقط یکی از آن دو را نگه دارید.</translation>
    </message>
    <message>
        <source>%1:1: the column &quot;%2&quot; (%3) is missing.</source>
        <translation>%1:1: ستون «%2» (%3) در فایل نیست.</translation>
    </message>
    <message>
        <source>Cannot write the rejects file %1: %2</source>
        <translation>نوشتن فایل سطرهای ردشده %1 ممکن نشد: %2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="vanished">دلیل رد</translation>
    </message>
    <message>
        <source>Writing the rejects file %1 failed: %2</source>
        <translation>نوشتن فایل سطرهای ردشده %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>فایل سطر عنوان‌ها را دارد، اما هیچ سطر داده‌ای ندارد</translation>
    </message>
    <message>
        <source>the number %1 is already on line %2 of this file for the same province.</source>
        <translation>شماره %1 برای همین استان پیش‌تر در سطر %2 همین فایل آمده است.</translation>
    </message>
    <message>
        <source>Progress reports are exported, not imported.</source>
        <translation>از گزارش‌های پیشرفت فقط خروجی گرفته می‌شود؛ وارد کردن آن‌ها ممکن نیست.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>ستون‌هایی که وارد نشدند: %1.</translation>
    </message>
    <message>
        <source>Writing the CSV failed.</source>
        <translation>نوشتن فایل CSV ناموفق بود.</translation>
    </message>
    <message>
        <source>this is not a text file: it holds a zero byte (binary data?)</source>
        <translation>این فایل متنی نیست: بایت صفر در آن هست (داده دودویی؟)</translation>
    </message>
    <message>
        <source>the file is neither UTF-8 nor Windows-1256 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>فایل نه متن UTF-8 است و نه Windows-1256؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>these bytes are not UTF-8, though the file began as UTF-8; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>این بایت‌ها UTF-8 نیستند، هرچند فایل به صورت UTF-8 آغاز شده بود؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید</translation>
    </message>
    <message>
        <source>the UTF-16 text ends in the middle of a character</source>
        <translation>متن UTF-16 در میانه یک نویسه تمام شده است</translation>
    </message>
    <message>
        <source>this is not a text file: it holds a zero character (binary data?)</source>
        <translation>این فایل متنی نیست: نویسه صفر در آن هست (داده دودویی؟)</translation>
    </message>
    <message>
        <source>%1 was read as Windows-1256 (an old Excel export), not UTF-8.</source>
        <translation>فایل %1 با کدگذاری Windows-1256 (خروجی نسخه‌های قدیمی Excel) خوانده شد، نه UTF-8.</translation>
    </message>
    <message>
        <source>%1 was read as UTF-16 text.</source>
        <translation>فایل %1 به صورت متن UTF-16 خوانده شد.</translation>
    </message>
    <message>
        <source>the workbook is damaged: %1</source>
        <translation>کارپوشه آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>%1 in the workbook is too large (more than %2 bytes); it is not read</source>
        <translation>بخش %1 در کارپوشه بیش از اندازه بزرگ است (بیش از %2 بایت)؛ خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>%1 cannot be read (error %2)</source>
        <translation>بخش %1 خوانده نمی‌شود (خطای %2)</translation>
    </message>
    <message>
        <source>%1 holds a text longer than %2 bytes; it is not read</source>
        <translation>بخش %1 متنی بلندتر از %2 بایت دارد؛ خوانده نمی‌شود</translation>
    </message>
    <message>
        <source>the checksum of %1 does not match its data</source>
        <translation>checksum بخش %1 با داده‌های آن هم‌خوانی ندارد</translation>
    </message>
    <message>
        <source>it is a damaged or cut-short zip archive</source>
        <translation>فایل فشرده zip آن آسیب دیده یا ناقص است</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>فایل فشرده zip نیست</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>بخش %1 را ندارد</translation>
    </message>
    <message>
        <source>%1 cannot be opened</source>
        <translation>بخش %1 باز نمی‌شود</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>هیچ کاربرگی ندارد</translation>
    </message>
    <message>
        <source>a text in the workbook is longer than %1 characters</source>
        <translation>متنی در کارپوشه بیش از %1 نویسه دارد</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (%2, line %3)</source>
        <translation>بخش %1 یک XML درست‌ساخت نیست (%2، سطر %3)</translation>
    </message>
    <message>
        <source>this is not an XLSX workbook (%1)</source>
        <translation>این فایل کارپوشه XLSX نیست (%1)</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation>این خانه بیش از %1 نویسه دارد</translation>
    </message>
    <message>
        <source>the row number &quot;%1&quot; is not valid</source>
        <translation>شماره سطر «%1» معتبر نیست</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; is not valid</source>
        <translation>نشانی خانه «%1» معتبر نیست</translation>
    </message>
    <message>
        <source>the cell refers to shared text number %1, which the workbook does not have</source>
        <translation>این خانه به متن مشترک شماره %1 ارجاع می‌دهد که در کارپوشه وجود ندارد</translation>
    </message>
    <message>
        <source>the cell holds a spreadsheet error %1</source>
        <translation>در این خانه خطای صفحه‌گسترده %1 آمده است</translation>
    </message>
    <message>
        <source>the cell should hold a number but holds &quot;%1&quot;</source>
        <translation>در این خانه باید عدد باشد، اما «%1» آمده است</translation>
    </message>
    <message>
        <source>the sheet is empty; a header row was expected</source>
        <translation>کاربرگ خالی است؛ سطر نخست باید عنوان ستون‌ها باشد</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 rows; this export has more</source>
        <translation>هر کاربرگ حداکثر %1 سطر جا دارد؛ این خروجی بیش از آن سطر دارد</translation>
    </message>
    <message>
        <source>the text has %1 characters; a spreadsheet cell holds at most %2</source>
        <translation>این متن %1 نویسه دارد؛ هر خانه صفحه‌گسترده حداکثر %2 نویسه جا دارد</translation>
    </message>
    <message>
        <source>%1:1:%2: unknown column &quot;%3&quot;; name it with a key of docs/csv-format.md, or map it with --map &quot;%3=key&quot; (&quot;%3=-&quot; ignores it).</source>
        <translation>%1:1:%2: ستون ناشناخته «%3»؛ نام آن را یکی از کلیدهای docs/csv-format.md بگذارید، یا با --map &quot;%3=key&quot; آن را به یک کلید نسبت دهید (&quot;%3=-&quot; آن را نادیده می‌گیرد).</translation>
    </message>
    <message>
        <source>%1:1:%2: the column &quot;%3&quot; is read as %4, as column %5 (&quot;%6&quot;) is; keep one of them.</source>
        <translation>%1:1:%2: ستون «%3» همان %4 است که ستون %5 («%6») هم هست؛ فقط یکی از آن دو را نگه دارید.</translation>
    </message>
</context>
<context>
    <name>ehya::storage</name>
    <message>
        <source>Cannot open the backup copy</source>
        <translation>نسخه پشتیبان باز نشد</translation>
    </message>
    <message>
        <source>Cannot check the backup copy</source>
        <translation>بررسی نسخه پشتیبان ممکن نشد</translation>
    </message>
    <message>
        <source>The backup copy is damaged: %1</source>
        <translation>نسخه پشتیبان آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>The backup copy does not have schema version %1.</source>
        <translation>نسخه پشتیبان، ساختار نسخه %1 را ندارد.</translation>
    </message>
    <message>
        <source>Backups of a server database are made on the server (pg_dump), not by Ehya.</source>
        <translation>نسخه پشتیبان پایگاه داده سرور روی خود سرور (با pg_dump) گرفته می‌شود، نه با احیا.</translation>
    </message>
    <message>
        <source>A backup cannot be made while changes are being saved.</source>
        <translation>هنگامی که تغییرات در حال ذخیره شدن است، نمی‌توان نسخه پشتیبان گرفت.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>پوشه پشتیبان %1 ساخته نشد.</translation>
    </message>
    <message>
        <source>The backup folder %1 is read-only.</source>
        <translation>پوشه پشتیبان %1 فقط‌خواندنی است.</translation>
    </message>
    <message>
        <source>The backup into %1 failed: %2</source>
        <translation>گرفتن نسخه پشتیبان در %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>نام‌گذاری نسخه پشتیبان به %1 ممکن نشد.</translation>
    </message>
    <message>
        <source>Project %1 has an unknown status &apos;%2&apos;.</source>
        <translation>وضعیت طرح %1 («%2») ناشناخته است.</translation>
    </message>
    <message>
        <source>Idle unit %1 has an unknown status &apos;%2&apos;.</source>
        <translation>وضعیت واحد راکد %1 («%2») ناشناخته است.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist, so the database %2 cannot be opened.</source>
        <translation>پوشه %1 وجود ندارد، پس پایگاه داده %2 باز نمی‌شود.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>فایل پایگاه داده %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so the database %2 cannot be created there.</source>
        <translation>پوشه %1 فقط‌خواندنی است، پس پایگاه داده %2 در آن ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 پوشه است، نه فایل پایگاه داده.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read: %2</source>
        <translation>فایل پایگاه داده %1 خوانده نمی‌شود: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an Ehya database (it is not a SQLite file).</source>
        <translation>فایل %1 پایگاه داده احیا نیست (فایل SQLite نیست).</translation>
    </message>
    <message>
        <source>The database file %1 is read-only; Ehya needs to write to it. Copy it somewhere writable.</source>
        <translation>فایل پایگاه داده %1 فقط‌خواندنی است و احیا باید در آن بنویسد. آن را در جایی کپی کنید که اجازه نوشتن در آن را دارید.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only; Ehya needs to write its journal next to the database %2.</source>
        <translation>پوشه %1 فقط‌خواندنی است؛ احیا باید فایل ژورنال خود را کنار پایگاه داده %2 بنویسد.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Ehya window (process %2 on %3). Close it there, then try again.</source>
        <translation>پایگاه داده %1 در پنجره دیگری از احیا باز است (فرایند %2 روی %3). آن را در آنجا ببندید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>همین رایانه</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 next to the database.</source>
        <translation>فایل قفل %1 کنار پایگاه داده ساخته نشد.</translation>
    </message>
    <message>
        <source>Server mode (PostgreSQL) is not implemented yet; open a database file instead.</source>
        <translation>حالت سرور (PostgreSQL) هنوز پیاده‌سازی نشده است؛ به جای آن یک فایل پایگاه داده را باز کنید.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>پایگاه داده باز نشد</translation>
    </message>
    <message>
        <source>The file %1 is not a usable Ehya database: %2</source>
        <translation>فایل %1 پایگاه داده‌ای نیست که احیا بتواند با آن کار کند: %2</translation>
    </message>
    <message>
        <source>Cannot configure the database</source>
        <translation>تنظیم پایگاه داده ممکن نشد</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Ehya (schema version %2; this version knows up to %3). Install the newer version to open it.</source>
        <translation>پایگاه داده %1 با نسخه جدیدتری از احیا ساخته شده است (نسخه ساختار %2؛ این نسخه تا %3 را می‌شناسد). برای باز کردن آن، نسخه جدیدتر را نصب کنید.</translation>
    </message>
    <message>
        <source>Cannot switch the database to WAL mode</source>
        <translation>تغییر پایگاه داده به حالت WAL ممکن نشد</translation>
    </message>
    <message>
        <source>The database %1 cannot use a write-ahead journal in its folder.</source>
        <translation>پایگاه داده %1 نمی‌تواند در پوشه خود ژورنال پیش‌نویس (WAL) به کار ببرد.</translation>
    </message>
    <message>
        <source>The database check failed</source>
        <translation>بررسی پایگاه داده ناموفق بود</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>پایگاه داده آسیب دیده است: %1</translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>آغاز تراکنش پایگاه داده ممکن نشد</translation>
    </message>
    <message>
        <source>There is no database transaction to commit.</source>
        <translation>تراکنشی برای ثبت در پایگاه داده وجود ندارد.</translation>
    </message>
    <message>
        <source>Cannot save the changes</source>
        <translation>تغییرات ذخیره نشد</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>این تراکنش پیش‌تر به پایان رسیده است.</translation>
    </message>
    <message>
        <source>Project %1 does not exist.</source>
        <translation>طرح %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Unit %1 does not exist.</source>
        <translation>واحد %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The %1 was not saved: %2</source>
        <translation>%1 ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>The %1 %2</source>
        <translation>%1 شماره %2</translation>
    </message>
    <message>
        <source>The action was not saved: agency %1 does not exist.</source>
        <translation>اقدام ذخیره نشد: دستگاه اجرایی %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; (permit %2)</source>
        <translation>طرح «%1» (جواز تأسیس %2)</translation>
    </message>
    <message>
        <source>Project &quot;%1&quot; was not saved: %2</source>
        <translation>طرح «%1» ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Another project in this province already has the permit number %1 (project %2).</source>
        <translation>طرح دیگری در این استان (طرح %2) از پیش شماره جواز تأسیس %1 را دارد.</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>طرح %1</translation>
    </message>
    <message>
        <source>The progress report was not saved: %1</source>
        <translation>گزارش پیشرفت ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>The progress report refers to project %1, which does not exist.</source>
        <translation>گزارش پیشرفت به طرح %1 مربوط است که وجود ندارد.</translation>
    </message>
    <message>
        <source>The Persian name of the %1 is empty.</source>
        <translation>نام فارسی %1 خالی است.</translation>
    </message>
    <message>
        <source>The province code is empty.</source>
        <translation>کد استان خالی است.</translation>
    </message>
    <message>
        <source>province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>county</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>The county %1 refers to province %2, which does not exist.</source>
        <translation>شهرستان %1 به استان %2 مربوط است که وجود ندارد.</translation>
    </message>
    <message>
        <source>industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>The industrial estate %1 refers to county %2, which does not exist.</source>
        <translation>شهرک صنعتی %1 به شهرستان %2 مربوط است که وجود ندارد.</translation>
    </message>
    <message>
        <source>The ISIC division of a sector must be two digits; it is &quot;%1&quot;.</source>
        <translation>کد ISIC بخش صنعتی باید دو رقم باشد؛ اکنون «%1» است.</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>بخش صنعتی</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>دستگاه اجرایی</translation>
    </message>
    <message>
        <source>The login of a user is empty.</source>
        <translation>نام کاربری خالی است.</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos;: %2</source>
        <translation>سناریوی «%1»: %2</translation>
    </message>
    <message>
        <source>%1 must be an object of criterion: weight</source>
        <translation>%1 باید یک شیء JSON از جفت‌های «معیار: وزن» باشد</translation>
    </message>
    <message>
        <source>unknown criterion &apos;%1&apos; in %2</source>
        <translation>معیار ناشناخته «%1» در %2</translation>
    </message>
    <message>
        <source>the weight of %1 must be a number</source>
        <translation>وزن %1 باید عدد باشد</translation>
    </message>
    <message>
        <source>%1 must be a list of statuses</source>
        <translation>%1 باید فهرستی از وضعیت‌ها باشد</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; in %2</source>
        <translation>وضعیت ناشناخته «%1» در %2</translation>
    </message>
    <message>
        <source>the parameters are not a JSON object (%1)</source>
        <translation>پارامترها شیء JSON نیستند (%1)</translation>
    </message>
    <message>
        <source>tiers must be three numbers, e.g. [75, 50, 25]</source>
        <translation>مقدار tiers (مرز سطح‌ها) باید سه عدد باشد، برای نمونه [75, 50, 25]</translation>
    </message>
    <message>
        <source>normalisation must be mid_rank or min_max</source>
        <translation>مقدار normalisation باید mid_rank یا min_max باشد</translation>
    </message>
    <message>
        <source>ordering must be tier_first or score_only</source>
        <translation>مقدار ordering باید tier_first یا score_only باشد</translation>
    </message>
    <message>
        <source>There is no scenario named &apos;%1&apos;; the scenarios are: %2.</source>
        <translation>سناریویی با نام «%1» وجود ندارد؛ سناریوهای موجود: %2.</translation>
    </message>
    <message>
        <source>A scenario needs a name.</source>
        <translation>سناریو باید نام داشته باشد.</translation>
    </message>
    <message>
        <source>The seed policy cannot be changed; save it under another name.</source>
        <translation>سناریوی پیش‌فرض «seed policy» را نمی‌توان تغییر داد؛ آن را با نام دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos;</source>
        <translation>سناریوی «%1»</translation>
    </message>
    <message>
        <source>The seed policy cannot be deleted.</source>
        <translation>سناریوی پیش‌فرض «seed policy» را نمی‌توان حذف کرد.</translation>
    </message>
    <message>
        <source>The database has no valid schema version; it was not made by Ehya.</source>
        <translation>پایگاه داده نسخه ساختار معتبری ندارد؛ با احیا ساخته نشده است.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed, so nothing was changed. %2</source>
        <translation>ارتقای پایگاه داده به نسخه ساختار %1 ناموفق بود و چیزی تغییر نکرد. %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not prepare a database query</source>
        <translation>آماده‌سازی پرس‌وجوی پایگاه داده ممکن نشد</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>اجرای پرس‌وجوی پایگاه داده ناموفق بود</translation>
    </message>
    <message>
        <source>Province %1 does not exist.</source>
        <translation>استان %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>County %1 does not exist.</source>
        <translation>شهرستان %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>County %1 is not in province %2.</source>
        <translation>شهرستان %1 در استان %2 نیست.</translation>
    </message>
    <message>
        <source>Industrial estate %1 does not exist.</source>
        <translation>شهرک صنعتی %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>Industrial estate %1 is not in county %2.</source>
        <translation>شهرک صنعتی %1 در شهرستان %2 نیست.</translation>
    </message>
    <message>
        <source>Sector %1 does not exist.</source>
        <translation>بخش صنعتی %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The database did not return the new id of a %1 row.</source>
        <translation>پایگاه داده شناسه سطر تازه جدول %1 را برنگرداند.</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else deleted it.</source>
        <translation>%1 دیگر وجود ندارد؛ کاربر دیگری آن را حذف کرده است.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it. Reopen it to see their changes, then edit again.</source>
        <translation>%1 پس از آنکه آن را باز کردید، به دست کاربر دیگری تغییر کرده است. آن را دوباره باز کنید تا تغییرات او را ببینید، سپس دوباره ویرایش کنید.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so it was not deleted. Reopen it and try again.</source>
        <translation>%1 پس از آنکه آن را باز کردید، به دست کاربر دیگری تغییر کرده است و از این رو حذف نشد. آن را دوباره باز کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; was not saved: %2</source>
        <translation>واحد «%1» ذخیره نشد: %2</translation>
    </message>
    <message>
        <source>Another unit in this province already has the operation licence number %1 (unit %2).</source>
        <translation>واحد دیگری در این استان (واحد %2) از پیش شماره پروانه بهره‌برداری %1 را دارد.</translation>
    </message>
    <message>
        <source>Unit &quot;%1&quot; (licence %2)</source>
        <translation>واحد «%1» (پروانه بهره‌برداری %2)</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>واحد %1</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Ehya database; it was left as it was.</source>
        <translation>%1 پایگاه داده برنامه دیگری است، نه پایگاه داده احیا؛ دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>Writing a %1 row failed: %2</source>
        <translation>نوشتن یک سطر در جدول %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Could not prepare the bulk inserts: %1</source>
        <translation>آماده‌سازی درج گروهی داده‌ها ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not prepare the bulk audit insert: %1</source>
        <translation>آماده‌سازی ثبت گروهی در سابقه تغییرات ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Records of idle industrial units and half-finished industrial projects.</source>
        <translation>ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>پایگاه داده FILE را باز می‌کند.</translation>
    </message>
    <message>
        <source>Language of the interface: fa or en.</source>
        <translation>زبان رابط کاربری: fa یا en.</translation>
    </message>
</context>
</TS>
