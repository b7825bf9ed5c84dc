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
