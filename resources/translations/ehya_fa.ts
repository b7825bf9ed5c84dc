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
        <translation>فایل متن UTF-8 نیست؛ آن را با قالب «CSV UTF-8» ذخیره کنید و دوباره امتحان کنید</translation>
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
        <translation>نوشتن یک سطر ساختگی در جدول %1 ناموفق بود: %2</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s inserts: %1</source>
        <translation>آماده‌سازی درج داده‌های ساختگی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not prepare the generator&apos;s audit insert: %1</source>
        <translation>آماده‌سازی ثبت داده‌های ساختگی در سابقه تغییرات ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>Reading the ranked records failed: %1</source>
        <translation>خواندن رکوردهای رتبه‌بندی ناموفق بود: %1</translation>
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
