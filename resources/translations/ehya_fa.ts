<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name></name>
    <message>
        <source>The import was cancelled. The database was not changed.</source>
        <translation>ورود اطلاعات لغو شد. در پایگاه داده تغییری داده نشد.</translation>
    </message>
    <message>
        <source>Check only: every row is valid, the file is ready to import. Nothing was changed.</source>
        <translation>فقط بررسی: همه ردیف‌ها درست است و فایل آماده ورود است. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Check only: the rows listed below have problems. Nothing was changed.</source>
        <translation>فقط بررسی: ردیف‌های فهرست‌شده در زیر ایراد دارند. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows listed below have problems. Correct them in the file and import it again, or import the valid rows and set the rejected ones aside.</source>
        <translation>هیچ ردیفی وارد نشد: ردیف‌های فهرست‌شده در زیر ایراد دارند. آن‌ها را در فایل اصلاح کنید و فایل را دوباره وارد کنید، یا فقط ردیف‌های درست را وارد کنید و ردیف‌های ردشده را کنار بگذارید.</translation>
    </message>
    <message>
        <source>The valid rows were imported. The rows listed below were rejected and set aside in the rejects file.</source>
        <translation>ردیف‌های درست وارد شد. ردیف‌های فهرست‌شده در زیر رد شد و در فایل ردیف‌های ردشده کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>فایل وارد شد.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Action type</source>
        <translation>نوع اقدام</translation>
    </message>
    <message>
        <source>Responsible &amp;agency:</source>
        <translation>دستگاه مسئول:</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>دستگاه مسئول</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>تاریخ شروع:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاریخ شروع</translation>
    </message>
    <message>
        <source>&amp;Finished on:</source>
        <translation>تاریخ پایان:</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>تاریخ پایان</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>مبلغ:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>نتیجه:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>خروجی گرفتن از اطلاعات</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>موضوع:</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>موضوع خروجی</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>&amp;استان:</translation>
    </message>
    <message>
        <source>Province to export</source>
        <translation>استان خروجی</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>قالب:</translation>
    </message>
    <message>
        <source>CS&amp;V (UTF-8)</source>
        <translation>CS&amp;V (UTF-8)</translation>
    </message>
    <message>
        <source>E&amp;xcel (XLSX)</source>
        <translation>اکسل (XLSX)</translation>
    </message>
    <message>
        <source>Column headers:</source>
        <translation>سرستون‌ها:</translation>
    </message>
    <message>
        <source>&amp;Persian (with Persian names and labels)</source>
        <translation>فارسی (با نام‌ها و برچسب‌های فارسی)</translation>
    </message>
    <message>
        <source>E&amp;nglish keys</source>
        <translation>کلیدهای انگلیسی</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>تاریخ‌ها:</translation>
    </message>
    <message>
        <source>&amp;Jalali (1402/05/10)</source>
        <translation>شمسی (۱۴۰۲/۰۵/۱۰)</translation>
    </message>
    <message>
        <source>&amp;Gregorian (2023-08-01)</source>
        <translation>میلادی (۲۰۲۳/۰۸/۰۱)</translation>
    </message>
    <message>
        <source>Both forms can be imported again. Persian headers and Jalali dates read best in Excel; English keys and Gregorian dates suit other programs.</source>
        <translation>هر دو شکل را می‌توان دوباره وارد کرد. سرستون‌های فارسی و تاریخ شمسی در اکسل خواناترند؛ کلیدهای انگلیسی و تاریخ میلادی برای برنامه‌های دیگر مناسب‌ترند.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Find by name, number, place or sector (Ctrl+F)</source>
        <translation>جست‌وجو در نام، شماره، محل یا بخش (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;استان:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>شهرستان:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>S&amp;ector:</source>
        <translation>بخش:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>O&amp;bstacle:</source>
        <translation>مانع:</translation>
    </message>
    <message>
        <source>Open obstacle</source>
        <translation>مانع باز</translation>
    </message>
    <message>
        <source>Months without a report</source>
        <translation>ماه‌های بی‌گزارش</translation>
    </message>
    <message>
        <source>Any last report</source>
        <translation>هر تاریخ آخرین گزارش</translation>
    </message>
    <message>
        <source>No report for </source>
        <translation>بی‌گزارش </translation>
    </message>
    <message>
        <source> months</source>
        <translation> ماه</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records</source>
        <translation>ورود اطلاعات از فایل</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>فایل:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>فایل ورودی</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) file</source>
        <translation>یک فایل CSV یا اکسل (XLSX)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>انتخاب فایل ورودی</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>محتوای فایل:</translation>
    </message>
    <message>
        <source>Half-finished &amp;projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle &amp;units</source>
        <translation>واحدهای &amp;راکد</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>ردیف‌های دارای ایراد:</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row has a problem</source>
        <translation>اگر ردیفی ایراد داشت، هیچ ردیفی وارد نشود</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and set the rejected ones aside in a file</source>
        <translation>ردیف‌های &amp;درست وارد شود و ردیف‌های ردشده در فایلی جدا کنار گذاشته شود</translation>
    </message>
    <message>
        <source>Check &amp;only: read the file and report, change nothing</source>
        <translation>فقط بررسی: فایل خوانده و گزارش شود، چیزی تغییر نکند</translation>
    </message>
    <message>
        <source>A permit or licence number already recorded in the province updates that record.</source>
        <translation>اگر شماره جواز یا پروانه‌ای پیش‌تر در همان استان ثبت شده باشد، همان رکورد به‌روز می‌شود.</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Import result</source>
        <translation>نتیجه ورود اطلاعات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>ردیف‌های خوانده‌شده:</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>ردیف‌های خوانده‌شده</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>افزوده‌شده:</translation>
    </message>
    <message>
        <source>Rows added</source>
        <translation>ردیف‌های افزوده‌شده</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>به‌روزشده:</translation>
    </message>
    <message>
        <source>Records updated</source>
        <translation>رکوردهای به‌روزشده</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>بدون تغییر:</translation>
    </message>
    <message>
        <source>Records unchanged</source>
        <translation>رکوردهای بدون تغییر</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>ردشده:</translation>
    </message>
    <message>
        <source>Rows rejected</source>
        <translation>ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;ایرادها:</translation>
    </message>
    <message>
        <source>Problems, one row per problem</source>
        <translation>ایرادها، هر ایراد در یک سطر</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>چگونگی خواندن فایل</translation>
    </message>
</context>
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
        <translation>فایل</translation>
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
        <translation>جدید…</translation>
    </message>
    <message>
        <source>Create an empty database</source>
        <translation>ساخت پایگاه داده خالی</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>باز کردن یک پایگاه داده موجود</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;About Ehya</source>
        <translation>&amp;درباره احیا</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;ورود از فایل…</translation>
    </message>
    <message>
        <source>Import projects or idle units from a CSV or Excel file</source>
        <translation>ورود طرح‌ها یا واحدهای راکد از فایل CSV یا اکسل</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Export projects, idle units or progress reports to CSV or Excel</source>
        <translation>خروجی طرح‌ها، واحدهای راکد یا گزارش‌های پیشرفت در CSV یا اکسل</translation>
    </message>
    <message>
        <source>&amp;Who is working…</source>
        <translation>کاربر جاری…</translation>
    </message>
    <message>
        <source>Choose the user under whose name changes are recorded</source>
        <translation>کاربری را برگزینید که تغییرات به نام او ثبت می‌شود</translation>
    </message>
    <message>
        <source>&amp;Reference data…</source>
        <translation>&amp;اطلاعات پایه…</translation>
    </message>
    <message>
        <source>Counties, industrial estates, sectors and agencies</source>
        <translation>شهرستان‌ها، شهرک‌های صنعتی، بخش‌ها و دستگاه‌ها</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>Language, calendar, money unit and digits</source>
        <translation>زبان، تقویم، واحد پول و ارقام</translation>
    </message>
    <message>
        <source>New &amp;project…</source>
        <translation>طرح جدید…</translation>
    </message>
    <message>
        <source>Add a half-finished project</source>
        <translation>افزودن طرح نیمه‌تمام</translation>
    </message>
    <message>
        <source>New idle &amp;unit…</source>
        <translation>&amp;واحد راکد جدید…</translation>
    </message>
    <message>
        <source>Add an idle unit</source>
        <translation>افزودن واحد راکد</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;ویرایش رکورد…</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>ویرایش رکورد برگزیده</translation>
    </message>
    <message>
        <source>Add progress &amp;report…</source>
        <translation>افزودن گزارش پیشرفت…</translation>
    </message>
    <message>
        <source>Add a progress report to the selected project</source>
        <translation>افزودن گزارش پیشرفت به طرح برگزیده</translation>
    </message>
    <message>
        <source>&amp;Delete record…</source>
        <translation>حذف رکورد…</translation>
    </message>
    <message>
        <source>Delete the selected record</source>
        <translation>حذف رکورد برگزیده</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>رفتن به کادر جست‌وجو</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>پاک کردن فیلترها</translation>
    </message>
    <message>
        <source>Show every record of the list</source>
        <translation>نمایش همهٔ رکوردهای فهرست</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>اتصال به سرور…</translation>
    </message>
    <message>
        <source>Open the office&apos;s shared database on a PostgreSQL server</source>
        <translation>باز کردن پایگاه داده مشترک اداره روی سرور PostgreSQL</translation>
    </message>
</context>
<context>
    <name>ObstacleDialog</name>
    <message>
        <source>Obstacle</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>نوع:</translation>
    </message>
    <message>
        <source>Obstacle type</source>
        <translation>نوع مانع</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>شرح:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>&amp;Recorded on:</source>
        <translation>تاریخ ثبت:</translation>
    </message>
    <message>
        <source>Date recorded</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Re&amp;solved on:</source>
        <translation>تاریخ رفع:</translation>
    </message>
    <message>
        <source>Date resolved</source>
        <translation>تاریخ رفع</translation>
    </message>
</context>
<context>
    <name>ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <source>Current progress:</source>
        <translation>پیشرفت فعلی:</translation>
    </message>
    <message>
        <source>Current progress</source>
        <translation>پیشرفت فعلی</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>تاریخ:</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>تاریخ گزارش</translation>
    </message>
    <message>
        <source>&amp;Progress (%):</source>
        <translation>پیشرفت (٪):</translation>
    </message>
    <message>
        <source>Reported progress in percent</source>
        <translation>پیشرفت گزارش‌شده به درصد</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>سطح:</translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation>تغییر سطح</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>یادداشت:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Project</source>
        <translation>طرح</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>عنوان:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>&amp;Investor:</source>
        <translation>سرمایه‌گذار:</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>سرمایه‌گذار</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Ca&amp;pacity:</source>
        <translation>ظرفیت:</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>ظرفیت</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>&amp;Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>Establishment permit</source>
        <translation>جواز تأسیس</translation>
    </message>
    <message>
        <source>Permit n&amp;umber:</source>
        <translation>شماره جواز تأسیس:</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>شماره جواز تأسیس</translation>
    </message>
    <message>
        <source>Permit &amp;date:</source>
        <translation>تاریخ صدور جواز:</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>تاریخ صدور جواز</translation>
    </message>
    <message>
        <source>Permit e&amp;xpires:</source>
        <translation>تاریخ اعتبار جواز:</translation>
    </message>
    <message>
        <source>Permit expiry date</source>
        <translation>تاریخ پایان اعتبار جواز</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>شهرستان:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Industrial est&amp;ate:</source>
        <translation>شهرک یا ناحیه صنعتی:</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>بخش صنعتی:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Progress and money</source>
        <translation>پیشرفت و سرمایه</translation>
    </message>
    <message>
        <source>Physical pro&amp;gress (%):</source>
        <translation>پیشرفت فیزیکی (٪):</translation>
    </message>
    <message>
        <source>Physical progress in percent</source>
        <translation>پیشرفت فیزیکی به درصد</translation>
    </message>
    <message>
        <source>Invested so &amp;far:</source>
        <translation>سرمایه‌گذاری انجام‌شده:</translation>
    </message>
    <message>
        <source>Amount invested so far</source>
        <translation>سرمایه‌گذاری انجام‌شده تا کنون</translation>
    </message>
    <message>
        <source>Still &amp;needed:</source>
        <translation>مانده سرمایه‌گذاری:</translation>
    </message>
    <message>
        <source>Investment still needed</source>
        <translation>مانده سرمایه‌گذاری مورد نیاز</translation>
    </message>
    <message>
        <source>Planned &amp;jobs:</source>
        <translation>اشتغال پیش‌بینی‌شده:</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Expected &amp;completion:</source>
        <translation>تاریخ پیش‌بینی تکمیل:</translation>
    </message>
    <message>
        <source>Expected completion date</source>
        <translation>تاریخ پیش‌بینی تکمیل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Record page</source>
        <translation>صفحه رکورد</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>Record title</source>
        <translation>عنوان رکورد</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Edit this record&apos;s fields</source>
        <translation>ویرایش مشخصات این رکورد</translation>
    </message>
    <message>
        <source>Edit the record</source>
        <translation>ویرایش رکورد</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete this record with its reports, obstacles and actions</source>
        <translation>حذف این رکورد همراه با گزارش‌ها، موانع و اقدامات آن</translation>
    </message>
    <message>
        <source>Delete the record</source>
        <translation>حذف رکورد</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>شماره رکورد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Record sections</source>
        <translation>بخش‌های رکورد</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>گزارش‌های پیشرفت</translation>
    </message>
    <message>
        <source>Add progress &amp;report…</source>
        <translation>افزودن گزارش پیشرفت…</translation>
    </message>
    <message>
        <source>Add a progress report</source>
        <translation>افزودن گزارش پیشرفت</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>موانع</translation>
    </message>
    <message>
        <source>Add &amp;obstacle…</source>
        <translation>افزودن مانع…</translation>
    </message>
    <message>
        <source>Add an obstacle</source>
        <translation>افزودن مانع</translation>
    </message>
    <message>
        <source>Edit obstacle…</source>
        <translation>ویرایش مانع…</translation>
    </message>
    <message>
        <source>Edit the selected obstacle</source>
        <translation>ویرایش مانع انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;رفع مانع…</translation>
    </message>
    <message>
        <source>Mark the selected obstacle as resolved</source>
        <translation>ثبت رفع مانع انتخاب‌شده</translation>
    </message>
    <message>
        <source>Resolve the selected obstacle</source>
        <translation>رفع مانع انتخاب‌شده</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <source>Add &amp;action…</source>
        <translation>افزودن &amp;اقدام…</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>افزودن اقدام</translation>
    </message>
    <message>
        <source>Edit action…</source>
        <translation>ویرایش اقدام…</translation>
    </message>
    <message>
        <source>Edit the selected action</source>
        <translation>ویرایش اقدام انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Close action…</source>
        <translation>بستن اقدام…</translation>
    </message>
    <message>
        <source>Record the end and outcome of the selected action</source>
        <translation>ثبت پایان و نتیجه اقدام انتخاب‌شده</translation>
    </message>
    <message>
        <source>Close the selected action</source>
        <translation>بستن اقدام انتخاب‌شده</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>تاریخچه تغییرات</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>Reference data</source>
        <translation>اطلاعات پایه</translation>
    </message>
    <message>
        <source>Only a manager can change reference data.</source>
        <translation>فقط مدیر می‌تواند اطلاعات پایه را تغییر دهد.</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>شهرستان‌ها</translation>
    </message>
    <message>
        <source>Industrial estates</source>
        <translation>شهرک‌های صنعتی</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>بخش‌ها</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>دستگاه‌ها</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>&amp;Persian name:</source>
        <translation>نام فا&amp;رسی:</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>نام &amp;انگلیسی:</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>جزئیات:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ردیف تا&amp;زه</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>افز&amp;ودن</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;ذخیره تغییرات</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>A new language applies to the whole window at once, when you press OK.</source>
        <translation>زبان تازه پس از زدن «تأیید» یک‌جا بر همه پنجره اعمال می‌شود.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>تقویم:</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>&amp;ارقام:</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>&amp;Money unit:</source>
        <translation>&amp;واحد پول:</translation>
    </message>
    <message>
        <source>Money unit</source>
        <translation>واحد پول</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>نمونه:</translation>
    </message>
    <message>
        <source>Sample of an amount and a date</source>
        <translation>نمونه یک مبلغ و یک تاریخ</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Idle unit</source>
        <translation>واحد راکد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام واحد:</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>نام واحد</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>بهره‌بردار:</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>بهره‌بردار</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>شماره پروانه بهره‌برداری:</translation>
    </message>
    <message>
        <source>Operation licence number</source>
        <translation>شماره پروانه بهره‌برداری</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>&amp;Idle since:</source>
        <translation>تاریخ توقف:</translation>
    </message>
    <message>
        <source>Idle since</source>
        <translation>تاریخ توقف</translation>
    </message>
    <message>
        <source>Revival pat&amp;h:</source>
        <translation>راهکار احیا:</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>راهکار احیا</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>موقعیت</translation>
    </message>
    <message>
        <source>Pro&amp;vince:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>C&amp;ounty:</source>
        <translation>شهرستان:</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Industrial est&amp;ate:</source>
        <translation>شهرک یا ناحیه صنعتی:</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>Secto&amp;r:</source>
        <translation>بخش صنعتی:</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Capacity and jobs</source>
        <translation>ظرفیت و اشتغال</translation>
    </message>
    <message>
        <source>&amp;Capacity in use (%):</source>
        <translation>ظرفیت فعال (٪):</translation>
    </message>
    <message>
        <source>Capacity in use in percent</source>
        <translation>ظرفیت فعال به درصد</translation>
    </message>
    <message>
        <source>&amp;Jobs before stoppage:</source>
        <translation>اشتغال پیش از توقف:</translation>
    </message>
    <message>
        <source>Jobs before the stoppage</source>
        <translation>اشتغال پیش از توقف</translation>
    </message>
    <message>
        <source>Jobs restora&amp;ble:</source>
        <translation>اشتغال قابل بازگشت:</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>Revival and money</source>
        <translation>احیا و سرمایه</translation>
    </message>
    <message>
        <source>&amp;Working capital needed:</source>
        <translation>سرمایه در گردش مورد نیاز:</translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation>سرمایه در گردش مورد نیاز</translation>
    </message>
    <message>
        <source>&amp;Fixed capital needed:</source>
        <translation>سرمایه ثابت مورد نیاز:</translation>
    </message>
    <message>
        <source>Fixed capital needed</source>
        <translation>سرمایه ثابت مورد نیاز</translation>
    </message>
    <message>
        <source>Has a market for its products</source>
        <translation>بازار فروش محصول دارد</translation>
    </message>
    <message>
        <source>Has a &amp;market for its products</source>
        <translation>بازار فروش محصول دارد</translation>
    </message>
    <message>
        <source>Revival is economically justified</source>
        <translation>احیای واحد توجیه اقتصادی دارد</translation>
    </message>
    <message>
        <source>Revival is economically justifie&amp;d</source>
        <translation>احیای واحد توجیه اقتصادی دارد</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>&amp;Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Who is working?</source>
        <translation>چه کسی کار می‌کند؟</translation>
    </message>
    <message>
        <source>Choose your name. Every change you make is recorded under it.</source>
        <translation>نام خود را انتخاب کنید. هر تغییری که می‌دهید به این نام ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>مدیریت کاربران</translation>
    </message>
    <message>
        <source>Only a manager can add or change users.</source>
        <translation>فقط مدیر می‌تواند کاربر اضافه یا ویرایش کند.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>نام کا&amp;ربری:</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>نا&amp;م کامل:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>نقش:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;افزودن کاربر</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;ذخیره تغییرات</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>غیرفعال کر&amp;دن</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
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
        <translation>با %3 از رتبه %1 (%2) جلو می‌زند.</translation>
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
        <translation>پیشرفت</translation>
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
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan

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
  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]
                           ورود طرح‌ها یا واحدهای راکد از یک فایل CSV یا XLSX
  export DB --kind projects|units|reports|ranking --output FILE
          [--format csv|xlsx] [--no-bom] [--headers en|fa]
                           خروجی رکوردها یا فهرست رتبه‌بندی‌شده به صورت CSV یا XLSX
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           گزارش PDF فهرست رتبه‌بندی‌شده و برنامه بودجه آن

گزینه‌ها:
  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)
  --version                نمایش نسخه
  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها
                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و
                           رقم‌های لاتین را نگه می‌دارند

وضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli report DB --output FILE.pdf [options]
Writes the PDF report of a ranked restart list and its budget plan: the summary figures,
charts per tier and the ranked table, right-to-left in Persian. Needs no display.

Options:
  --output FILE     the PDF file to write (atomically; nothing is left on failure)
  --kind K          projects (default) or units
  --province NAME   one province (Persian or English name, or code); default every province
  --scenario NAME   a stored scenario; default &quot;seed policy&quot;
  --budget AMOUNT   rials, or with a unit: &quot;1000 billion toman&quot;, &quot;۱۰۰۰ میلیارد تومان&quot;
  --plan P          policy (rank order, default) or max-jobs (most jobs within the budget)
  --as-of DATE      the date of the report (ISO or Jalali); default today
  --lang L          fa or en: the language of the report (default: the system&apos;s language);
                    Persian: right-to-left, Jalali date, Persian digits</source>
        <translation>کاربرد: ehya-cli report DB --output FILE.pdf [گزینه‌ها]
گزارش PDF یک فهرست رتبه‌بندی‌شده برای راه‌اندازی دوباره و برنامه بودجه آن را می‌نویسد: ارقام
خلاصه، نمودارهای هر سطح و جدول رتبه‌ها، راست‌به‌چپ در فارسی. به نمایشگر نیازی ندارد.

گزینه‌ها:
  --output FILE     فایل PDF خروجی (یکجا نوشته می‌شود؛ در صورت خطا چیزی باقی نمی‌ماند)
  --kind K          projects (پیش‌فرض) یا units
  --province NAME   یک استان (نام فارسی یا انگلیسی، یا کد)؛ پیش‌فرض: همه استان‌ها
  --scenario NAME   یک سناریوی ذخیره‌شده؛ پیش‌فرض: «seed policy»
  --budget AMOUNT   به ریال، یا همراه با واحد: «1000 billion toman»، «۱۰۰۰ میلیارد تومان»
  --plan P          policy (به ترتیب رتبه، پیش‌فرض) یا max-jobs (بیشترین اشتغال در حد بودجه)
  --as-of DATE      تاریخ گزارش (میلادی ISO یا شمسی)؛ پیش‌فرض: امروز
  --lang L          fa یا en: زبان گزارش (پیش‌فرض: زبان سیستم)؛
                    فارسی: راست‌به‌چپ، تاریخ شمسی، رقم‌های فارسی</translation>
    </message>
    <message>
        <source>The option --output FILE.pdf is required.</source>
        <translation>گزینه --output FILE.pdf لازم است.</translation>
    </message>
    <message>
        <source>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</source>
        <translation>قوی‌ترین معیار: %1، %2 از فاصله بدترین تا بهترین مقدار. ضعیف‌ترین معیار: %3، %4 از این فاصله.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores %1 fewer jobs than policy.</source>
        <translation>با همین بودجه، برنامه max-jobs %1 شغل کمتر از برنامه policy احیا می‌کند.</translation>
    </message>
    <message>
        <source>For the same budget, max-jobs restores as many jobs as policy.</source>
        <translation>با همین بودجه، برنامه max-jobs همان تعداد شغل برنامه policy را احیا می‌کند.</translation>
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
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           the PDF report of the ranked list and its plan
  copy FROM TO             every record of FROM into a new or empty TO (a file or a
                           server, either way), checked by counts and checksums

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
  report DB --output FILE.pdf [--kind projects|units] [--province NAME]
          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]
                           گزارش PDF فهرست رتبه‌بندی‌شده و برنامه بودجه آن
  copy FROM TO             همه رکوردهای FROM در TO تازه یا خالی (یک فایل یا یک
                           سرور، در هر دو جهت)، با بررسی شمار و چکسام هر جدول

گزینه‌ها:
  -h, --help               نمایش این راهنما (یا راهنمای یک فرمان: ehya-cli stats --help)
  --version                نمایش نسخه
  --lang L                 fa یا en، برای همه فرمان‌ها: زبان پیام‌ها، راهنما و جدول‌ها
                           (پیش‌فرض: زبان سیستم)؛ JSON و CSV کلیدهای انگلیسی و
                           رقم‌های لاتین را نگه می‌دارند

وضعیت خروج: ۰ موفق، ۱ ورودی رد شد (چیزی نوشته نشد)، ۲ خطای کاربرد.</translation>
    </message>
    <message>
        <source>Usage: ehya-cli copy FROM TO
Copies every record of the database FROM into TO: a SQLite file into a server
(postgresql://user@host:port/dbname), a server into a file, or between two of
either. TO must be new or empty (a missing file or server database is created);
it is written in one transaction, ids kept. The rows and a checksum of every
table are compared after the copy: when any differs, nothing is kept.</source>
        <translation>کاربرد: ehya-cli copy FROM TO
همه رکوردهای پایگاه داده FROM را در TO رونوشت می‌کند: یک فایل SQLite در یک سرور
(postgresql://user@host:port/dbname)، یک سرور در یک فایل، یا میان دو فایل یا دو سرور.
TO باید تازه یا خالی باشد (فایل یا پایگاه داده سروری که نباشد ساخته می‌شود)؛
در یک تراکنش نوشته می‌شود و شناسه‌ها حفظ می‌شوند. پس از رونوشت، شمار ردیف‌ها و
چکسام هر جدول مقایسه می‌شود: اگر یکی فرق کند، چیزی نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>ردیف‌ها</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>چکسام</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>FROM and TO are both needed.</source>
        <translation>FROM و TO هر دو لازم‌اند.</translation>
    </message>
    <message>
        <source>FROM and TO are the same database (%1).</source>
        <translation>FROM و TO یک پایگاه داده‌اند (%1).</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>چیزی در %1 نوشته نشد.</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 (%5 s); the counts and checksums match.</source>
        <translation>%1 ردیف در %2 جدول از %3 در %4 رونوشت شد (%5 ثانیه)؛ شمارها و چکسام‌ها یکی‌اند.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ActionDialog</name>
    <message>
        <source>No agency</source>
        <translation>بدون دستگاه مسئول</translation>
    </message>
    <message>
        <source>Close action</source>
        <translation>بستن اقدام</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>اقدام جدید</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>ویرایش اقدام</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ActionTableModel</name>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>دستگاه مسئول</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Amount
(%1)</source>
        <translation>مبلغ
(%1)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>ehya::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>تغییرات</translation>
    </message>
</context>
<context>
    <name>ehya::gui::AuditText</name>
    <message>
        <source>Created the project</source>
        <translation>طرح ثبت شد</translation>
    </message>
    <message>
        <source>Deleted the project</source>
        <translation>طرح حذف شد</translation>
    </message>
    <message>
        <source>Changed the project</source>
        <translation>طرح تغییر کرد</translation>
    </message>
    <message>
        <source>Created the unit</source>
        <translation>واحد ثبت شد</translation>
    </message>
    <message>
        <source>Deleted the unit</source>
        <translation>واحد حذف شد</translation>
    </message>
    <message>
        <source>Changed the unit</source>
        <translation>واحد تغییر کرد</translation>
    </message>
    <message>
        <source>Added a progress report</source>
        <translation>گزارش پیشرفت افزوده شد</translation>
    </message>
    <message>
        <source>Deleted a progress report</source>
        <translation>گزارش پیشرفت حذف شد</translation>
    </message>
    <message>
        <source>Changed a progress report</source>
        <translation>گزارش پیشرفت تغییر کرد</translation>
    </message>
    <message>
        <source>Added an obstacle</source>
        <translation>مانع افزوده شد</translation>
    </message>
    <message>
        <source>Deleted an obstacle</source>
        <translation>مانع حذف شد</translation>
    </message>
    <message>
        <source>Changed an obstacle</source>
        <translation>مانع تغییر کرد</translation>
    </message>
    <message>
        <source>Added an action</source>
        <translation>اقدام افزوده شد</translation>
    </message>
    <message>
        <source>Deleted an action</source>
        <translation>اقدام حذف شد</translation>
    </message>
    <message>
        <source>Changed an action</source>
        <translation>اقدام تغییر کرد</translation>
    </message>
    <message>
        <source>saved with no change</source>
        <translation>بدون تغییر ذخیره شد</translation>
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
        <source>industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>سرمایه‌گذار</translation>
    </message>
    <message>
        <source>permit number</source>
        <translation>شماره جواز</translation>
    </message>
    <message>
        <source>permit date</source>
        <translation>تاریخ صدور جواز</translation>
    </message>
    <message>
        <source>permit expiry</source>
        <translation>پایان اعتبار جواز</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>invested</source>
        <translation>سرمایه‌گذاری انجام‌شده</translation>
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
        <source>capacity</source>
        <translation>ظرفیت</translation>
    </message>
    <message>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>expected completion</source>
        <translation>پیش‌بینی تکمیل</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>بهره‌بردار</translation>
    </message>
    <message>
        <source>licence number</source>
        <translation>شماره پروانه</translation>
    </message>
    <message>
        <source>idle since</source>
        <translation>تاریخ توقف</translation>
    </message>
    <message>
        <source>capacity use</source>
        <translation>ظرفیت فعال</translation>
    </message>
    <message>
        <source>jobs before</source>
        <translation>اشتغال پیش از توقف</translation>
    </message>
    <message>
        <source>restorable jobs</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>has a market</source>
        <translation>بازار فروش</translation>
    </message>
    <message>
        <source>economically justified</source>
        <translation>توجیه اقتصادی</translation>
    </message>
    <message>
        <source>working capital</source>
        <translation>سرمایه در گردش</translation>
    </message>
    <message>
        <source>fixed capital</source>
        <translation>سرمایه ثابت</translation>
    </message>
    <message>
        <source>revival path</source>
        <translation>راهکار احیا</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>reported by</source>
        <translation>گزارش‌دهنده</translation>
    </message>
    <message>
        <source>note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>obstacle</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>تاریخ رفع</translation>
    </message>
    <message>
        <source>action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>دستگاه اجرایی</translation>
    </message>
    <message>
        <source>started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>ehya::gui::CompareDialog</name>
    <message>
        <source>Compare scenarios</source>
        <translation>مقایسه سناریوها</translation>
    </message>
    <message>
        <source>Current (as edited)</source>
        <translation>سناریوی فعلی (با تغییرات)</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation type="vanished">سیاست پایه</translation>
    </message>
    <message>
        <source>Scenario A</source>
        <translation>سناریوی الف</translation>
    </message>
    <message>
        <source>Scenario B</source>
        <translation>سناریوی ب</translation>
    </message>
    <message>
        <source>Only the items that move or change funding</source>
        <translation>فقط مواردی که جابه‌جا می‌شوند یا تأمین اعتبارشان تغییر می‌کند</translation>
    </message>
    <message>
        <source>From A to B: %1 items move up, %2 move down.</source>
        <translation>از الف به ب: %1 مورد بالا می‌روند و %2 مورد پایین می‌آیند.</translation>
    </message>
    <message>
        <source>%1 enter the funded set and %2 leave it.</source>
        <translation>%1 مورد وارد فهرست تأمین‌شده می‌شوند و %2 مورد از آن بیرون می‌روند.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::CompareModel</name>
    <message>
        <source>not ranked</source>
        <translation>رتبه‌بندی نشده</translation>
    </message>
    <message>
        <source>new in B</source>
        <translation>تازه در ب</translation>
    </message>
    <message>
        <source>not in B</source>
        <translation>نبود در ب</translation>
    </message>
    <message>
        <source>▲ up %1</source>
        <translation>▲ %1 پله بالاتر</translation>
    </message>
    <message>
        <source>▼ down %1</source>
        <translation>▼ %1 پله پایین‌تر</translation>
    </message>
    <message>
        <source>same</source>
        <translation>بی‌تغییر</translation>
    </message>
    <message>
        <source>enters the funded set</source>
        <translation>وارد فهرست تأمین‌شده می‌شود</translation>
    </message>
    <message>
        <source>leaves the funded set</source>
        <translation>از فهرست تأمین‌شده بیرون می‌رود</translation>
    </message>
    <message>
        <source>funded in both</source>
        <translation>در هر دو تأمین‌شده</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Rank in A</source>
        <translation>رتبه در الف</translation>
    </message>
    <message>
        <source>Rank in B</source>
        <translation>رتبه در ب</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>جابه‌جایی</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>تأمین اعتبار</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ConflictDialog</name>
    <message>
        <source>The record was changed meanwhile</source>
        <translation>رکورد در این فاصله تغییر کرده است</translation>
    </message>
    <message>
        <source>Someone saved &quot;%1&quot; after you opened it. Compare the two versions: the fields that differ are marked. Keep yours to write it over theirs, or keep theirs and drop your change.</source>
        <translation>کس دیگری «%1» را پس از باز کردن شما ذخیره کرده است. دو نسخه را مقایسه کنید؛ فیلدهای متفاوت نشانه‌گذاری شده‌اند. نسخهٔ خود را نگه دارید تا جایگزین نسخهٔ او شود، یا نسخهٔ او را نگه دارید و از تغییر خود بگذرید.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>نسخهٔ شما</translation>
    </message>
    <message>
        <source>In the database</source>
        <translation>در پایگاه داده</translation>
    </message>
    <message>
        <source>Both versions of the record</source>
        <translation>دو نسخهٔ رکورد</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>نگه داشتن نسخهٔ من</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>نگه داشتن نسخهٔ پایگاه داده</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ConflictFields</name>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>no</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>سرمایه‌گذار</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>شماره جواز تأسیس</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>تاریخ صدور جواز</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>پیشرفت فیزیکی</translation>
    </message>
    <message>
        <source>Invested</source>
        <translation>سرمایه‌گذاری انجام‌شده</translation>
    </message>
    <message>
        <source>Remaining investment</source>
        <translation>مانده سرمایه‌گذاری</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>تاریخ پیش‌بینی تکمیل</translation>
    </message>
    <message>
        <source>County (id)</source>
        <translation>شهرستان (شناسه)</translation>
    </message>
    <message>
        <source>Sector (id)</source>
        <translation>بخش (شناسه)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>ظرفیت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>بهره‌بردار</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>شماره پروانه بهره‌برداری</translation>
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
        <source>Jobs before idling</source>
        <translation>اشتغال پیش از رکود</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>Has a market</source>
        <translation>بازار فروش دارد</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>توجیه‌پذیر</translation>
    </message>
    <message>
        <source>Working capital</source>
        <translation>سرمایهٔ در گردش</translation>
    </message>
    <message>
        <source>Fixed capital</source>
        <translation>سرمایهٔ ثابت</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>راهکار احیا</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>رفع</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DashboardView</name>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>%1: %2 half-finished projects</source>
        <translation>%1: %2 طرح نیمه‌تمام</translation>
    </message>
    <message>
        <source>%1: %2 %3 remaining</source>
        <translation>%1: %2 %3 سرمایه‌گذاری باقی‌مانده</translation>
    </message>
    <message>
        <source>%1: %2 planned jobs</source>
        <translation>%1: %2 اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Half-finished projects per tier</source>
        <translation>طرح‌های نیمه‌تمام در هر سطح</translation>
    </message>
    <message>
        <source>Remaining investment per tier (%1)</source>
        <translation>سرمایه‌گذاری باقی‌مانده در هر سطح (%1)</translation>
    </message>
    <message>
        <source>Planned jobs per tier</source>
        <translation>اشتغال پیش‌بینی‌شده در هر سطح</translation>
    </message>
    <message>
        <source>%1: %2 units</source>
        <translation>%1: %2 واحد</translation>
    </message>
    <message>
        <source>Units by status</source>
        <translation>واحدها بر پایهٔ وضعیت</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 idle units; click for every idle unit with this open obstacle</source>
        <translation>%1: %2 واحد راکد؛ برای دیدن همهٔ واحدهای راکدی که این مانع را دارند کلیک کنید</translation>
    </message>
    <message>
        <source>No open obstacle (%1)</source>
        <translation>بدون مانع رفع‌نشده (%1)</translation>
    </message>
    <message>
        <source>%1 idle units without an open obstacle</source>
        <translation>%1 واحد راکد بدون مانع رفع‌نشده</translation>
    </message>
    <message>
        <source>Idle units by main obstacle (the one opened first)</source>
        <translation>واحدهای راکد بر پایهٔ مانع اصلی (نخستین مانع ثبت‌شده)</translation>
    </message>
    <message>
        <source>%1: %2 half-finished projects, %3 %4 remaining, %5 idle units</source>
        <translation>%1: %2 طرح نیمه‌تمام، %3 %4 سرمایه‌گذاری باقی‌مانده، %5 واحد راکد</translation>
    </message>
    <message>
        <source>Remaining investment of the half-finished projects, top %1 counties (%2)</source>
        <translation>سرمایه‌گذاری باقی‌ماندهٔ طرح‌های نیمه‌تمام، %1 شهرستان نخست (%2)</translation>
    </message>
    <message>
        <source>Half-finished projects, top %1 counties</source>
        <translation>طرح‌های نیمه‌تمام، %1 شهرستان نخست</translation>
    </message>
    <message>
        <source>Idle units, top %1 counties</source>
        <translation>واحدهای راکد، %1 شهرستان نخست</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <source>Summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <source>Winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>فصل %1</translation>
    </message>
    <message>
        <source>%1 to %2: %3 progress reports</source>
        <translation>%1 تا %2: %3 گزارش پیشرفت</translation>
    </message>
    <message>
        <source>Progress reports per quarter (latest %1)</source>
        <translation>گزارش‌های پیشرفت در هر فصل (آخرین: %1)</translation>
    </message>
    <message>
        <source>Progress reports per quarter (none yet)</source>
        <translation>گزارش‌های پیشرفت در هر فصل (هنوز گزارشی نیست)</translation>
    </message>
    <message>
        <source>Province:</source>
        <translation>استان:</translation>
    </message>
    <message>
        <source>Half-finished projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Remaining investment (%1)</source>
        <translation>سرمایه‌گذاری باقی‌مانده (%1)</translation>
    </message>
    <message>
        <source>Jobs planned by the half-finished projects</source>
        <translation>اشتغال پیش‌بینی‌شدهٔ طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle units (idle or semi-active)</source>
        <translation>واحدهای راکد (راکد یا نیمه‌فعال)</translation>
    </message>
    <message>
        <source>Idle units with a market and justified</source>
        <translation>واحدهای راکد دارای بازار و توجیه اقتصادی</translation>
    </message>
    <message>
        <source>Jobs restorable in those units</source>
        <translation>اشتغال قابل بازگشت در این واحدها</translation>
    </message>
    <message>
        <source>Open obstacles</source>
        <translation>موانع رفع‌نشده</translation>
    </message>
    <message>
        <source>Projects brought into operation</source>
        <translation>طرح‌های به بهره‌برداری رسیده</translation>
    </message>
    <message>
        <source>Units returned to production</source>
        <translation>واحدهای بازگشته به تولید</translation>
    </message>
    <message>
        <source>Jobs the current plan brings back</source>
        <translation>اشتغالی که برنامهٔ کنونی بازمی‌گرداند</translation>
    </message>
    <message>
        <source>Counties by remaining investment</source>
        <translation>شهرستان‌ها بر پایهٔ سرمایه‌گذاری باقی‌مانده</translation>
    </message>
    <message>
        <source>Counties by half-finished projects</source>
        <translation>شهرستان‌ها بر پایهٔ طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Counties by idle units</source>
        <translation>شهرستان‌ها بر پایهٔ واحدهای راکد</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>به تاریخ %1</translation>
    </message>
    <message>
        <source>No plan yet: set a budget in the ranking view.</source>
        <translation>هنوز برنامه‌ای نیست: در نمای رتبه‌بندی بودجه را تعیین کنید.</translation>
    </message>
    <message>
        <source>The ranking view plans for another province.</source>
        <translation>برنامهٔ نمای رتبه‌بندی برای استان دیگری است.</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation>
            <numerusform>%1 طرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 units</source>
        <translation>
            <numerusform>%1 واحد</numerusform>
        </translation>
    </message>
    <message>
        <source>policy order</source>
        <translation>ترتیب سیاست</translation>
    </message>
    <message>
        <source>most jobs</source>
        <translation>بیشترین اشتغال</translation>
    </message>
    <message>
        <source>%1 funded for %2 of %3 %4; scenario «%5», %6.</source>
        <translation>%1 با %2 از %3 %4 تأمین می‌شود؛ سناریوی «%5»، %6.</translation>
    </message>
    <message>
        <source>The most-jobs plan would bring %1 more.</source>
        <translation>برنامهٔ بیشترین اشتغال %1 شغل بیشتر می‌آورد.</translation>
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
    <message>
        <source>The server has no database %1. Check the name, or ask the office&apos;s database administrator.</source>
        <translation>سرور پایگاه داده‌ای به نام %1 ندارد. نام را بررسی کنید یا از مدیر پایگاه داده اداره بپرسید.</translation>
    </message>
    <message>
        <source>The database %1 was set up by a newer version of Ehya. Install the newer version to open it.</source>
        <translation>پایگاه داده %1 را نسخه تازه‌تری از احیا ساخته است. برای باز کردن آن نسخه تازه‌تر را نصب کنید.</translation>
    </message>
    <message>
        <source>Ehya could not connect to %1. Check that the server is running and reachable, that your login may use this database, and that your password is in the password file (~/.pgpass) or in PGPASSWORD.</source>
        <translation>احیا نتوانست به %1 وصل شود. بررسی کنید که سرور روشن و در دسترس باشد، نام کاربری شما اجازه استفاده از این پایگاه داده را داشته باشد و گذرواژه‌تان در فایل گذرواژه (pgpass در پوشه خانه) یا در PGPASSWORD باشد.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::DateEdit</name>
    <message>
        <source>none</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>پاک کردن تاریخ</translation>
    </message>
</context>
<context>
    <name>ehya::gui::EditSession</name>
    <message>
        <source>No database is open.</source>
        <translation>هیچ پایگاه داده‌ای باز نیست.</translation>
    </message>
    <message>
        <source>New project &quot;%1&quot;</source>
        <translation>طرح جدید «%1»</translation>
    </message>
    <message>
        <source>Edit of project &quot;%1&quot;</source>
        <translation>ویرایش طرح «%1»</translation>
    </message>
    <message>
        <source>New idle unit &quot;%1&quot;</source>
        <translation>واحد راکد جدید «%1»</translation>
    </message>
    <message>
        <source>Edit of idle unit &quot;%1&quot;</source>
        <translation>ویرایش واحد راکد «%1»</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>مانع جدید</translation>
    </message>
    <message>
        <source>Edit of an obstacle</source>
        <translation>ویرایش مانع</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>اقدام جدید</translation>
    </message>
    <message>
        <source>Edit of an action</source>
        <translation>ویرایش اقدام</translation>
    </message>
    <message>
        <source>Deletion of project &quot;%1&quot;</source>
        <translation>حذف طرح «%1»</translation>
    </message>
    <message>
        <source>Deletion of idle unit &quot;%1&quot;</source>
        <translation>حذف واحد راکد «%1»</translation>
    </message>
    <message>
        <source>Progress report for &quot;%1&quot;</source>
        <translation>گزارش پیشرفت «%1»</translation>
    </message>
    <message>
        <source>The record was deleted meanwhile.</source>
        <translation>رکورد در این فاصله حذف شده است.</translation>
    </message>
    <message>
        <source>The version in the database was kept.</source>
        <translation>نسخهٔ پایگاه داده نگه داشته شد.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ExplanationCard</name>
    <message>
        <source>Points per criterion (they add up to the score):</source>
        <translation>امتیاز هر معیار (جمع آن‌ها امتیاز کل است):</translation>
    </message>
    <message>
        <source>Select a row to see why it ranks there and what would move it up.</source>
        <translation>یک ردیف را برگزینید تا ببینید چرا در این رتبه است و چه چیزی آن را بالاتر می‌برد.</translation>
    </message>
    <message>
        <source>Rank %1 of %2, score %3 of 100.</source>
        <translation>رتبه %1 از %2، امتیاز %3 از ۱۰۰.</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is at or above %3.</source>
        <translation>سطح %1: پیشرفت فیزیکی آن %2 است و به %3 رسیده است.</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is below %3 (tier %4).</source>
        <translation>سطح %1: پیشرفت فیزیکی آن %2 است، کمتر از %3 (سطح %4).</translation>
    </message>
    <message>
        <source>Tier %1: its physical progress %2 is at or above %3 but below %4 (tier %5).</source>
        <translation>سطح %1: پیشرفت فیزیکی آن %2 است؛ به %3 رسیده ولی کمتر از %4 (سطح %5) است.</translation>
    </message>
    <message>
        <source>Idle units have no tier: they are in score order.</source>
        <translation>واحدهای راکد سطح ندارند و به ترتیب امتیاز چیده می‌شوند.</translation>
    </message>
    <message>
        <source>Strongest: %1, better than %2 of the others. Weakest: %3, better than %4.</source>
        <translation>قوی‌ترین معیار: %1، بهتر از %2 موارد دیگر. ضعیف‌ترین معیار: %3، بهتر از %4.</translation>
    </message>
    <message>
        <source>It reaches tier %1 at %2 physical progress (now %3).</source>
        <translation>با پیشرفت فیزیکی %2 به سطح %1 می‌رسد (اکنون %3).</translation>
    </message>
    <message>
        <source>It ranks first.</source>
        <translation>در رتبه نخست است.</translation>
    </message>
    <message>
        <source>a cost of at most %1 (now %2)</source>
        <translation>هزینه‌ای حداکثر %1 (اکنون %2)</translation>
    </message>
    <message>
        <source>at least %1 jobs (now %2)</source>
        <translation>دست‌کم %1 شغل (اکنون %2)</translation>
    </message>
    <message>
        <source>No change of cost or jobs alone would pass rank %1 (%2).</source>
        <translation>هیچ تغییری در هزینه یا اشتغال به‌تنهایی آن را از رتبه %1 (%2) جلو نمی‌برد.</translation>
    </message>
    <message>
        <source>It would pass rank %1 (%2) with %3.</source>
        <translation>با %3 از رتبه %1 (%2) جلو می‌زند.</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>، یا </translation>
    </message>
    <message>
        <source>It is funded under the plan (%1).</source>
        <translation>در برنامه (%1) تأمین اعتبار می‌شود.</translation>
    </message>
    <message>
        <source>It would be funded (%1) at a cost of at most %2 (now %3).</source>
        <translation>با هزینه‌ای حداکثر %2 تأمین اعتبار می‌شد (%1؛ اکنون %3).</translation>
    </message>
    <message>
        <source>No lower cost alone would get it funded (%1).</source>
        <translation>کاهش هزینه به‌تنهایی آن را به فهرست تأمین‌شده نمی‌رساند (%1).</translation>
    </message>
    <message>
        <source>Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of the way.</source>
        <translation>قوی‌ترین معیار: %1، %2 از فاصله بدترین تا بهترین مقدار. ضعیف‌ترین معیار: %3، %4 از این فاصله.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ExportDialog</name>
    <message>
        <source>Half-finished projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>واحدهای راکد</translation>
    </message>
    <message>
        <source>Progress reports of the projects</source>
        <translation>گزارش‌های پیشرفت طرح‌ها</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Export as Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Persian column headers</source>
        <translation>سرستون‌های فارسی</translation>
    </message>
    <message>
        <source>English column keys</source>
        <translation>کلیدهای انگلیسی ستون‌ها</translation>
    </message>
    <message>
        <source>Jalali dates</source>
        <translation>تاریخ شمسی</translation>
    </message>
    <message>
        <source>Gregorian dates</source>
        <translation>تاریخ میلادی</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>خروجی…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::FilterBar</name>
    <message>
        <source>No action for </source>
        <translation>بی‌اقدام </translation>
    </message>
    <message>
        <source>Any last action</source>
        <translation>هر تاریخ آخرین اقدام</translation>
    </message>
    <message>
        <source>Find by name, licence, place or sector (Ctrl+F)</source>
        <translation>جست‌وجو در نام، شمارهٔ پروانه، محل یا بخش (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation>همهٔ سطح‌ها</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>هر مانعی یا بی‌مانع</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>همهٔ استان‌ها</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>همهٔ بخش‌ها</translation>
    </message>
    <message>
        <source>All counties</source>
        <translation>همهٔ شهرستان‌ها</translation>
    </message>
    <message>
        <source>Half-finished</source>
        <translation>نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle or semi-active</source>
        <translation>راکد یا نیمه‌فعال</translation>
    </message>
    <message>
        <source>No open obstacle</source>
        <translation>بدون مانع رفع‌نشده</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportDialog</name>
    <message>
        <source>The file holds half-finished projects</source>
        <translation>فایل شامل طرح‌های نیمه‌تمام است</translation>
    </message>
    <message>
        <source>The file holds idle units</source>
        <translation>فایل شامل واحدهای راکد است</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>ورود اطلاعات از فایل</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>صفحه‌گسترده‌ها (*.csv *.xlsx *.txt);;همه فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;ورود</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportProblemModel</name>
    <message>
        <source>(the whole row)</source>
        <translation>(کل ردیف)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>علت</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ImportResultDialog</name>
    <message>
        <source>File: %1</source>
        <translation>فایل: %1</translation>
    </message>
    <message>
        <source>Would be added:</source>
        <translation>افزوده می‌شود:</translation>
    </message>
    <message>
        <source>Would be updated:</source>
        <translation>به‌روز می‌شود:</translation>
    </message>
    <message>
        <source>Problems not listed: %1.</source>
        <translation>ایرادهای فهرست‌نشده: %1.</translation>
    </message>
    <message>
        <source>Rejected rows, with the reason: %1</source>
        <translation>ردیف‌های ردشده، همراه با علت: %1</translation>
    </message>
    <message>
        <source>&amp;Open the rejects file</source>
        <translation>باز کردن فایل ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Open the file of rejected rows</source>
        <translation>باز کردن فایل ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>Open the rejects file</source>
        <translation>باز کردن فایل ردیف‌های ردشده</translation>
    </message>
    <message>
        <source>No program could open %1. Open it from its folder with a spreadsheet program.</source>
        <translation>هیچ برنامه‌ای نتوانست %1 را باز کند. آن را از پوشه‌اش با یک برنامه صفحه‌گسترده باز کنید.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::LocationCombos</name>
    <message>
        <source>Choose a province…</source>
        <translation>استان را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Choose a county…</source>
        <translation>شهرستان را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Choose the province first</source>
        <translation>ابتدا استان را انتخاب کنید</translation>
    </message>
    <message>
        <source>Not in an estate</source>
        <translation>خارج از شهرک و ناحیه صنعتی</translation>
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
        <translation type="vanished">
            <numerusform>%1 طرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation type="vanished">
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
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>About Ehya</source>
        <translation>درباره احیا</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ehya %1&lt;/h3&gt;&lt;p&gt;Records of idle industrial units and half-finished industrial projects for provincial industry offices: keep them, rank them and report on them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;احیا %1&lt;/h3&gt;&lt;p&gt;سامانه ثبت و پیگیری واحدهای صنعتی راکد و طرح‌های صنعتی نیمه‌تمام برای سازمان‌های صنعت، معدن و تجارت استان‌ها: ثبت سوابق، اولویت‌بندی و گزارش‌گیری.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change was not saved</source>
        <translation>تغییر ذخیره نشد</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>رکورد</translation>
    </message>
    <message>
        <source>&amp;Record page</source>
        <translation>صفحهٔ رکورد</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>کار به نام %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>داشبورد</translation>
    </message>
    <message>
        <source>The dashboard could not be read</source>
        <translation>داشبورد خوانده نشد</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>اولویت‌بندی</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>گزارش ذخیره نشد</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 روی %2</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>اتصال به سرور</translation>
    </message>
    <message>
        <source>The server&apos;s database, as postgresql://user@host:port/database.
The password comes from the password file (~/.pgpass) or PGPASSWORD; do not write it here.</source>
        <translation>پایگاه داده سرور، به شکل postgresql://user@host:port/database.
گذرواژه از فایل گذرواژه (pgpass در پوشه خانه) یا PGPASSWORD خوانده می‌شود؛ آن را اینجا ننویسید.</translation>
    </message>
    <message>
        <source>On a server you work as your database login (%1)</source>
        <translation>روی سرور با نام کاربری پایگاه داده خود (%1) کار می‌کنید</translation>
    </message>
    <message>
        <source>Choose the user under whose name changes are recorded</source>
        <translation>کاربری را برگزینید که تغییرات به نام او ثبت می‌شود</translation>
    </message>
</context>
<context>
    <name>ehya::gui::NumberEdit</name>
    <message>
        <source>Type a whole number.</source>
        <translation>عدد باید صحیح باشد.</translation>
    </message>
    <message>
        <source>Use at most one decimal place.</source>
        <translation>حداکثر یک رقم اعشار مجاز است.</translation>
    </message>
    <message>
        <source>Use at most %1 decimal places.</source>
        <translation>حداکثر %1 رقم اعشار مجاز است.</translation>
    </message>
    <message>
        <source>Type a whole number, e.g. 12.</source>
        <translation>یک عدد صحیح وارد کنید، مانند ۱۲.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 45.5.</source>
        <translation>یک عدد وارد کنید، مانند ۴۵٫۵.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ObstacleDialog</name>
    <message>
        <source>Resolve obstacle</source>
        <translation>رفع مانع</translation>
    </message>
    <message>
        <source>New obstacle</source>
        <translation>مانع جدید</translation>
    </message>
    <message>
        <source>Edit obstacle</source>
        <translation>ویرایش مانع</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ObstacleTableModel</name>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>مانع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>رفع</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProgressChart</name>
    <message>
        <source>No progress reports yet</source>
        <translation>هنوز گزارش پیشرفتی ثبت نشده است</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>پیشرفت در طول زمان</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>نمودار پیشرفت</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProgressReportDialog</name>
    <message>
        <source>Progress report</source>
        <translation>گزارش پیشرفت</translation>
    </message>
    <message>
        <source>Progress report: %1</source>
        <translation>گزارش پیشرفت: %1</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (سطح %2)</translation>
    </message>
    <message>
        <source>Dated before the latest report (%1): the project&apos;s progress stays %2.</source>
        <translation>تاریخ این گزارش پیش از آخرین گزارش (%1) است: پیشرفت فعلی طرح همان %2 می‌ماند.</translation>
    </message>
    <message>
        <source>Tier %1, unchanged</source>
        <translation>سطح %1، بدون تغییر</translation>
    </message>
    <message>
        <source>Tier %1 → %2</source>
        <translation>سطح %1 ← %2</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ProjectForm</name>
    <message>
        <source>New project</source>
        <translation>طرح جدید</translation>
    </message>
    <message>
        <source>Edit project</source>
        <translation>ویرایش طرح</translation>
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
    <message>
        <source>Permit number</source>
        <translation>شماره جواز تأسیس</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>سرمایه‌گذار</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>Invested
(%1)</source>
        <translation>سرمایه‌گذاری انجام‌شده
(%1)</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>تاریخ پیش‌بینی تکمیل</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingModel</name>
    <message>
        <source>✔ funded</source>
        <translation>✔ تأمین‌شده</translation>
    </message>
    <message>
        <source>skipped: does not fit</source>
        <translation>رد شد: در بودجه نمی‌گنجد</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>انتخاب نشد</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Licence no.</source>
        <translation>شماره پروانه بهره‌برداری</translation>
    </message>
    <message>
        <source>Permit no.</source>
        <translation>شماره جواز تأسیس</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Cost (%1)</source>
        <translation>هزینه (%1)</translation>
    </message>
    <message>
        <source>Cumulative (%1)</source>
        <translation>هزینه تجمعی (%1)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>اشتغال</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>تأمین اعتبار</translation>
    </message>
    <message>
        <source>Rank p5–p95</source>
        <translation>بازه رتبه (صدک ۵ تا ۹۵)</translation>
    </message>
    <message>
        <source>Funded share</source>
        <translation>سهم تأمین</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingText</name>
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
        <source>policy order</source>
        <translation>ترتیب سیاست</translation>
    </message>
    <message>
        <source>most jobs</source>
        <translation>بیشترین اشتغال</translation>
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
        <source>The weights of projects must be zero or positive numbers.</source>
        <translation>وزن‌های طرح‌ها باید صفر یا عدد مثبت باشند.</translation>
    </message>
    <message>
        <source>The weights of units must be zero or positive numbers.</source>
        <translation>وزن‌های واحدها باید صفر یا عدد مثبت باشند.</translation>
    </message>
    <message>
        <source>The weights of projects are all zero: at least one must be positive.</source>
        <translation>همه وزن‌های طرح‌ها صفر است: دست‌کم یکی باید مثبت باشد.</translation>
    </message>
    <message>
        <source>The weights of units are all zero: at least one must be positive.</source>
        <translation>همه وزن‌های واحدها صفر است: دست‌کم یکی باید مثبت باشد.</translation>
    </message>
    <message>
        <source>The tier thresholds must decrease from tier %1 to tier %2 and tier %3, lie between 0 and 100 and have at most one decimal.</source>
        <translation>آستانه‌های سطح باید از سطح %1 به سطح %2 و سطح %3 کاهش یابند، بین ۰ و ۱۰۰ باشند و حداکثر یک رقم اعشار داشته باشند.</translation>
    </message>
    <message>
        <source>The scenario is not valid.</source>
        <translation>سناریو معتبر نیست.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 more jobs with the same money.</source>
        <translation>انتخاب برای بیشترین اشتغال با همین پول %1 شغل بیشتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 fewer jobs with the same money.</source>
        <translation>انتخاب برای بیشترین اشتغال با همین پول %1 شغل کمتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore as many jobs with the same money.</source>
        <translation>انتخاب برای بیشترین اشتغال با همین پول همان اندازه شغل برمی‌گرداند.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 fewer jobs with the same money.</source>
        <translation>ترتیب سیاست با همین پول %1 شغل کمتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 more jobs with the same money.</source>
        <translation>ترتیب سیاست با همین پول %1 شغل بیشتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>The policy order would restore as many jobs with the same money.</source>
        <translation>ترتیب سیاست با همین پول همان اندازه شغل برمی‌گرداند.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RankingView</name>
    <message>
        <source>no budget</source>
        <translation>بدون بودجه</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>Sensitivity…</source>
        <translation>حساسیت…</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>مقایسه…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>خروجی…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>پیش‌نمایش چاپ…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>ذخیره به صورت PDF…</translation>
    </message>
    <message>
        <source>%1 items ranked, %2 for %3 jobs in all. Enter a budget to see what it reaches.</source>
        <translation>%1 مورد رتبه‌بندی شد؛ در مجموع %2 برای %3 شغل. بودجه را وارد کنید تا ببینید به کجا می‌رسد.</translation>
    </message>
    <message>
        <source>A budget of %1 funds %2 of %3 items (%4): %5 for %6 jobs; %7 left.</source>
        <translation>بودجه %1 به %2 مورد از %3 مورد می‌رسد (%4): %5 برای %6 شغل؛ %7 باقی می‌ماند.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore %1 more jobs with the same money.</source>
        <translation type="vanished">انتخاب برای بیشترین اشتغال با همین پول %1 شغل بیشتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Choosing for the most jobs would restore no more jobs.</source>
        <translation type="vanished">انتخاب برای بیشترین اشتغال شغل بیشتری برنمی‌گرداند.</translation>
    </message>
    <message>
        <source>The policy order would restore %1 fewer jobs with the same money.</source>
        <translation type="vanished">ترتیب سیاست با همین پول %1 شغل کمتر برمی‌گرداند.</translation>
    </message>
    <message>
        <source>There is no ranking to export.</source>
        <translation>فهرستی برای خروجی نیست.</translation>
    </message>
    <message>
        <source>Export the ranking</source>
        <translation>خروجی فهرست اولویت‌بندی</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>کارپوشه اکسل (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The ranking was not exported</source>
        <translation>خروجی فهرست گرفته نشد</translation>
    </message>
    <message>
        <source>Re-ranking under %1 random changes of the weights…</source>
        <translation>رتبه‌بندی دوباره با %1 تغییر تصادفی وزن‌ها…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>حساسیت</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>بودجه نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>The budget is not valid (%1): no plan is shown.</source>
        <translation>بودجه معتبر نیست (%1): برنامه‌ای نشان داده نمی‌شود.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordDialog</name>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>ذخیره (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordEditor</name>
    <message>
        <source>The change was not saved</source>
        <translation>تغییر ذخیره نشد</translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation>طرح باز نشد</translation>
    </message>
    <message>
        <source>The idle unit could not be opened</source>
        <translation>واحد راکد باز نشد</translation>
    </message>
    <message>
        <source>Delete the project &quot;%1&quot; with its progress reports, obstacles and actions?</source>
        <translation>طرح «%1» با گزارش‌های پیشرفت، موانع و اقدام‌هایش حذف شود؟</translation>
    </message>
    <message>
        <source>Delete the idle unit &quot;%1&quot; with its obstacles and actions?</source>
        <translation>واحد راکد «%1» با موانع و اقدام‌هایش حذف شود؟</translation>
    </message>
    <message>
        <source>Delete record</source>
        <translation>حذف رکورد</translation>
    </message>
    <message>
        <source>Edit › Undo brings it back.</source>
        <translation>با ویرایش › واگرد برمی‌گردد.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The record was not deleted</source>
        <translation>رکورد حذف نشد</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordFields</name>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>سرمایه‌گذار</translation>
    </message>
    <message>
        <source>Permit number</source>
        <translation>شماره جواز تأسیس</translation>
    </message>
    <message>
        <source>Permit date</source>
        <translation>تاریخ صدور جواز</translation>
    </message>
    <message>
        <source>Permit expiry</source>
        <translation>پایان اعتبار جواز</translation>
    </message>
    <message>
        <source>Physical progress</source>
        <translation>پیشرفت فیزیکی</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (سطح %2)</translation>
    </message>
    <message>
        <source>Invested so far</source>
        <translation>سرمایه‌گذاری انجام‌شده</translation>
    </message>
    <message>
        <source>Remaining investment</source>
        <translation>مانده سرمایه‌گذاری</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>اشتغال پیش‌بینی‌شده</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>ظرفیت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Export-oriented</source>
        <translation>صادرات‌محور</translation>
    </message>
    <message>
        <source>Expected completion</source>
        <translation>تاریخ پیش‌بینی تکمیل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>توضیحات</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>بهره‌بردار</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>شماره پروانه بهره‌برداری</translation>
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
        <source>Jobs before</source>
        <translation>اشتغال پیش از توقف</translation>
    </message>
    <message>
        <source>Restorable jobs</source>
        <translation>اشتغال قابل بازگشت</translation>
    </message>
    <message>
        <source>Has a market</source>
        <translation>بازار فروش دارد</translation>
    </message>
    <message>
        <source>Economically justified</source>
        <translation>توجیه اقتصادی دارد</translation>
    </message>
    <message>
        <source>Working capital needed</source>
        <translation>سرمایه در گردش مورد نیاز</translation>
    </message>
    <message>
        <source>Fixed capital needed</source>
        <translation>سرمایه ثابت مورد نیاز</translation>
    </message>
    <message>
        <source>Revival path</source>
        <translation>راهکار احیا</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordListPane</name>
    <message>
        <source>Half-finished projects</source>
        <translation>طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Idle units</source>
        <translation>واحدهای راکد</translation>
    </message>
    <message numerus="yes">
        <source>%1 projects</source>
        <translation>
            <numerusform>%1 طرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 projects</source>
        <translation>
            <numerusform>%1 از %2 طرح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 idle units</source>
        <translation>
            <numerusform>%1 واحد راکد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 idle units</source>
        <translation>
            <numerusform>%1 از %2 واحد راکد</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>ستون‌ها</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>ستون‌های پیش‌فرض</translation>
    </message>
</context>
<context>
    <name>ehya::gui::RecordPage</name>
    <message>
        <source>No record selected</source>
        <translation>رکوردی انتخاب نشده است</translation>
    </message>
    <message>
        <source>Permit no. %1</source>
        <translation>جواز تأسیس شماره %1</translation>
    </message>
    <message>
        <source>Licence no. %1</source>
        <translation>پروانه بهره‌برداری شماره %1</translation>
    </message>
    <message>
        <source>This record could not be read: %1</source>
        <translation>این رکورد خوانده نشد: %1</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>Progress tier of %1</source>
        <translation>سطح پیشرفت %1</translation>
    </message>
    <message>
        <source>Progress (%1)</source>
        <translation>پیشرفت (%1)</translation>
    </message>
    <message>
        <source>Obstacles (%1)</source>
        <translation>موانع (%1)</translation>
    </message>
    <message>
        <source>Actions (%1)</source>
        <translation>اقدامات (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>تاریخچه (%1)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceCombos</name>
    <message>
        <source>Choose a sector…</source>
        <translation>بخش صنعتی را انتخاب کنید…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceDataDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>«%1» اضافه شد.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>تغییرات «%1» ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReferenceTableModel</name>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>ISIC division</source>
        <translation>کد ISIC</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReportPrinter</name>
    <message>
        <source>Ranked restart list</source>
        <translation>فهرست رتبه‌بندی‌شده راه‌اندازی</translation>
    </message>
    <message>
        <source>Print preview of the report</source>
        <translation>پیش‌نمایش چاپ گزارش</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>ذخیره گزارش به صورت PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>فایل‌های PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ReportTableModel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پیشرفت</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>گزارش‌دهنده</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
</context>
<context>
    <name>ehya::gui::ScenarioPanel</name>
    <message>
        <source>Only managers change scenarios; you can see the one in use.</source>
        <translation>فقط مدیران سناریو را تغییر می‌دهند؛ شما سناریوی به‌کاررفته را می‌بینید.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>وزن‌ها</translation>
    </message>
    <message>
        <source>Progress tiers (%)</source>
        <translation>سطح‌های پیشرفت (٪)</translation>
    </message>
    <message>
        <source>Tier %1 from</source>
        <translation>سطح %1 از</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>واجد شرایط</translation>
    </message>
    <message>
        <source>Units must have a market</source>
        <translation>واحد باید بازار داشته باشد</translation>
    </message>
    <message>
        <source>Units must be economically justified</source>
        <translation>واحد باید توجیه اقتصادی داشته باشد</translation>
    </message>
    <message>
        <source>Percentile (mid-rank)</source>
        <translation>صدک (رتبه میانی)</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>کمینه–بیشینه</translation>
    </message>
    <message>
        <source>Tier first, then score</source>
        <translation>نخست سطح، سپس امتیاز</translation>
    </message>
    <message>
        <source>Score only</source>
        <translation>فقط امتیاز</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>نرمال‌سازی</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>ذخیره با نام…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (با تغییر)</translation>
    </message>
    <message>
        <source>Choose at least one eligible status.</source>
        <translation>دست‌کم یک وضعیت واجد شرایط را برگزینید.</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation type="vanished">سیاست پایه</translation>
    </message>
    <message>
        <source>Only managers change scenarios.</source>
        <translation>فقط مدیران سناریو را تغییر می‌دهند.</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>ذخیره سناریو</translation>
    </message>
    <message>
        <source>Name of the scenario:</source>
        <translation>نام سناریو:</translation>
    </message>
    <message>
        <source>The scenario was not saved</source>
        <translation>سناریو ذخیره نشد</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>حذف سناریو</translation>
    </message>
    <message>
        <source>Delete the scenario “%1”?</source>
        <translation>سناریوی «%1» حذف شود؟</translation>
    </message>
    <message>
        <source>The scenario was not deleted</source>
        <translation>سناریو حذف نشد</translation>
    </message>
    <message>
        <source>That is the seed policy&apos;s name: choose another name.</source>
        <translation>این نام سیاست پایه است: نام دیگری انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::SettingsDialog</name>
    <message>
        <source>The calendar, digits and money unit usual for the chosen language</source>
        <translation>تقویم، ارقام و واحد پول معمول برای زبان انتخاب‌شده</translation>
    </message>
    <message>
        <source>Jalali (Solar Hijri)</source>
        <translation>هجری شمسی</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <source>Persian (۱۲۳)</source>
        <translation>فارسی (۱۲۳)</translation>
    </message>
    <message>
        <source>Latin (123)</source>
        <translation>لاتین (123)</translation>
    </message>
</context>
<context>
    <name>ehya::gui::TransferController</name>
    <message numerus="yes">
        <source>%n project(s) exported.</source>
        <translation>
            <numerusform>%n طرح در فایل نوشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle unit(s) exported.</source>
        <translation>
            <numerusform>%n واحد راکد در فایل نوشته شد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n progress report(s) exported.</source>
        <translation>
            <numerusform>%n گزارش پیشرفت در فایل نوشته شد.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ورود اطلاعات</translation>
    </message>
    <message>
        <source>The file %1 could not be imported. Nothing was changed in the database.</source>
        <translation>فایل %1 وارد نشد. در پایگاه داده تغییری داده نشد.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>در حال خواندن %1…</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows so far…</source>
        <translation>در حال خواندن %1: تا این‌جا %2 ردیف…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>The list of provinces could not be read.</source>
        <translation>فهرست استان‌ها خوانده نشد.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>ذخیره خروجی در</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>کارپوشه‌های اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>خروجی گرفتن لغو شد. فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>The export to %1 failed. An earlier file of that name was left as it was.</source>
        <translation>نوشتن خروجی در %1 ناموفق بود. فایل قبلی با همین نام دست‌نخورده ماند.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>فایل: %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>در حال نوشتن %1…</translation>
    </message>
    <message>
        <source>Writing %1: %2 rows so far…</source>
        <translation>در حال نوشتن %1: تا این‌جا %2 ردیف…</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UnitForm</name>
    <message>
        <source>New idle unit</source>
        <translation>واحد راکد جدید</translation>
    </message>
    <message>
        <source>Edit idle unit</source>
        <translation>ویرایش واحد راکد</translation>
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
    <message>
        <source>Licence number</source>
        <translation>شماره پروانه بهره‌برداری</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>بهره‌بردار</translation>
    </message>
    <message>
        <source>Industrial estate</source>
        <translation>شهرک صنعتی</translation>
    </message>
    <message>
        <source>Jobs before idling</source>
        <translation>اشتغال پیش از رکود</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UserDialog</name>
    <message>
        <source>&amp;Work as %1</source>
        <translation>&amp;ورود به نام %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>«%1» اضافه شد.</translation>
    </message>
    <message>
        <source>The changes to %1 were saved.</source>
        <translation>تغییرات «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>%1 was deactivated and can no longer be chosen.</source>
        <translation>«%1» غیرفعال شد و دیگر قابل انتخاب نیست.</translation>
    </message>
</context>
<context>
    <name>ehya::gui::UserTableModel</name>
    <message>
        <source>Login</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
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
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>خروجی گرفتن لغو شد؛ فایلی نوشته نشد.</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>سطح %1</translation>
    </message>
    <message>
        <source>others</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>No item is eligible: the list is empty.</source>
        <translation>هیچ موردی واجد شرایط نیست: فهرست خالی است.</translation>
    </message>
    <message>
        <source>funded</source>
        <translation>تأمین‌شده</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>تأمین‌نشده</translation>
    </message>
    <message>
        <source>Tiers by progress: %1 from %2%, %3 from %4%, %5 from %6%, %7 below.</source>
        <translation>سطح بر پایه پیشرفت: %1 از %2٪، %3 از %4٪، %5 از %6٪ و %7 کمتر از آن.</translation>
    </message>
    <message>
        <source>Projects per tier</source>
        <translation>طرح‌ها در هر سطح</translation>
    </message>
    <message>
        <source>Units per county</source>
        <translation>واحدها در هر شهرستان</translation>
    </message>
    <message>
        <source>Remaining investment per tier (%1)</source>
        <translation>سرمایه‌گذاری باقی‌مانده در هر سطح (%1)</translation>
    </message>
    <message>
        <source>Restart cost per county (%1)</source>
        <translation>هزینه احیا در هر شهرستان (%1)</translation>
    </message>
    <message>
        <source>Jobs per tier</source>
        <translation>اشتغال در هر سطح</translation>
    </message>
    <message>
        <source>Jobs per county</source>
        <translation>اشتغال در هر شهرستان</translation>
    </message>
    <message>
        <source>Restart list of half-finished projects</source>
        <translation>فهرست اولویت راه‌اندازی طرح‌های نیمه‌تمام</translation>
    </message>
    <message>
        <source>Restart list of idle units</source>
        <translation>فهرست اولویت احیای واحدهای راکد</translation>
    </message>
    <message>
        <source>every province</source>
        <translation>همه استان‌ها</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>صفحه %1 از %2</translation>
    </message>
    <message>
        <source>Items in the list</source>
        <translation>موارد فهرست</translation>
    </message>
    <message>
        <source>Cost of the whole list</source>
        <translation>هزینه کل فهرست</translation>
    </message>
    <message>
        <source>Jobs of the whole list</source>
        <translation>اشتغال کل فهرست</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>none (no plan)</source>
        <translation>تعیین نشده (بدون برنامه)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>policy (rank order)</source>
        <translation>ترتیب سیاست (به ترتیب رتبه)</translation>
    </message>
    <message>
        <source>max-jobs (most jobs for the budget)</source>
        <translation>بیشترین اشتغال (بیشترین شغل با این بودجه)</translation>
    </message>
    <message>
        <source>Items funded</source>
        <translation>موارد تأمین‌شده</translation>
    </message>
    <message>
        <source>Money committed</source>
        <translation>اعتبار تخصیص‌یافته</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>باقی‌مانده بودجه</translation>
    </message>
    <message>
        <source>Jobs restored</source>
        <translation>اشتغال احیاشده</translation>
    </message>
    <message>
        <source>More jobs with max-jobs</source>
        <translation>شغل بیشتر با برنامه بیشترین اشتغال</translation>
    </message>
    <message>
        <source>max-jobs optimum at most</source>
        <translation>سقف اشتغال برنامه بیشترین اشتغال</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>تهیه‌کننده</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>The whole list</source>
        <translation>کل فهرست</translation>
    </message>
    <message>
        <source>The budget plan</source>
        <translation>برنامه بودجه</translation>
    </message>
    <message>
        <source>Could not start painting the report.</source>
        <translation>ساختن گزارش آغاز نشد.</translation>
    </message>
    <message>
        <source>Could not start a new page of the report.</source>
        <translation>صفحه تازه گزارش ساخته نشد.</translation>
    </message>
    <message>
        <source>Could not finish painting the report.</source>
        <translation>ساختن گزارش به پایان نرسید.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>طرح</translation>
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
        <source>Progress
(%)</source>
        <translation>پیشرفت
(٪)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>هزینه</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>هزینه تجمعی</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>اشتغال</translation>
    </message>
    <message>
        <source>Funded</source>
        <translation>تأمین اعتبار</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>Seed policy</source>
        <translation>سیاست پایه</translation>
    </message>
    <message>
        <source>Fewer jobs with max-jobs</source>
        <translation>شغل کمتر با برنامه بیشترین اشتغال</translation>
    </message>
    <message>
        <source>Jobs with max-jobs</source>
        <translation>شغل با برنامه بیشترین اشتغال</translation>
    </message>
    <message>
        <source>as many</source>
        <translation>همان اندازه</translation>
    </message>
    <message>
        <source>The database %1 already holds data; the data is not written over it.</source>
        <translation>پایگاه داده %1 از پیش داده دارد؛ داده‌ها روی آن نوشته نمی‌شوند.</translation>
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
        <translation type="vanished">حالت سرور (PostgreSQL) هنوز پیاده‌سازی نشده است؛ به جای آن یک فایل پایگاه داده را باز کنید.</translation>
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
        <translation>بخش</translation>
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
    <message>
        <source>Progress report %1</source>
        <translation>گزارش پیشرفت %1</translation>
    </message>
    <message>
        <source>The %1 %2 no longer exists; someone else deleted it.</source>
        <translation>%1 با شناسه %2 دیگر وجود ندارد؛ کاربر دیگری آن را حذف کرده است.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist.</source>
        <translation>%1 با شناسه %2 وجود ندارد.</translation>
    </message>
    <message>
        <source>The province already has a county named %1.</source>
        <translation>این استان از پیش شهرستانی به نام «%1» دارد.</translation>
    </message>
    <message>
        <source>The ISIC division %1 is already the sector %2.</source>
        <translation>کد ISIC %1 از پیش به بخش «%2» داده شده است.</translation>
    </message>
    <message>
        <source>The login %1 is taken by another user.</source>
        <translation>نام کاربری «%1» را کاربر دیگری دارد.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>%1 is the last active manager: make another user a manager first.</source>
        <translation>«%1» آخرین مدیر فعال است: نخست کاربر دیگری را مدیر کنید.</translation>
    </message>
    <message>
        <source>A database query failed: %1</source>
        <translation>پرس‌وجوی پایگاه داده ناموفق بود: %1</translation>
    </message>
    <message>
        <source>Writing the table %1 of %2 failed: %3</source>
        <translation>نوشتن جدول %1 در %2 ناموفق بود: %3</translation>
    </message>
    <message>
        <source>Could not start reading %1: %2</source>
        <translation>خواندن %1 آغاز نشد: %2</translation>
    </message>
    <message>
        <source>The table %1 of %2 is not one that this version of Ehya copies; nothing was copied.</source>
        <translation>جدول %1 در %2 از جدول‌هایی نیست که این نسخه احیا رونوشت می‌کند؛ چیزی رونوشت نشد.</translation>
    </message>
    <message>
        <source>The table %1 is in %2 but not in %3; both databases must have the same schema.</source>
        <translation>جدول %1 در %2 هست ولی در %3 نیست؛ ساختار هر دو پایگاه داده باید یکی باشد.</translation>
    </message>
    <message>
        <source>The column %1 of the table %2 is in %3 but not in %4; both databases must have the same schema.</source>
        <translation>ستون %1 از جدول %2 در %3 هست ولی در %4 نیست؛ ساختار هر دو پایگاه داده باید یکی باشد.</translation>
    </message>
    <message>
        <source>%1 already holds records (the table %2 has %L3 rows); copy writes only into a new or empty database.</source>
        <translation>%1 از پیش رکورد دارد (جدول %2 دارای %L3 ردیف است)؛ copy فقط در پایگاه داده تازه یا خالی می‌نویسد.</translation>
    </message>
    <message>
        <source>%1 cannot be copied onto itself.</source>
        <translation>%1 را نمی‌توان روی خودش رونوشت کرد.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; both must be at the same version.</source>
        <translation>نسخه ساختار %1 برابر %2 و نسخه %3 برابر %4 است؛ هر دو باید یک نسخه باشند.</translation>
    </message>
    <message>
        <source>The copy was stopped at the table %1; nothing was written to %2.</source>
        <translation>رونوشت در جدول %1 متوقف شد؛ چیزی در %2 نوشته نشد.</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not match its source after the copy (%L3 rows read, %L4 found; checksums %5 and %6); nothing was kept.</source>
        <translation>جدول %1 در %2 پس از رونوشت با مبدأ یکی نیست (%L3 ردیف خوانده شد، %L4 ردیف یافت شد؛ چکسام‌های %5 و %6)؛ چیزی نگه داشته نشد.</translation>
    </message>
    <message>
        <source>Reading the columns of the table %1 of %2 failed: %3</source>
        <translation>خواندن ستون‌های جدول %1 در %2 ناموفق بود: %3</translation>
    </message>
    <message>
        <source>Reading the table %1 of %2 failed: %3</source>
        <translation>خواندن جدول %1 در %2 ناموفق بود: %3</translation>
    </message>
    <message>
        <source>The database %1 does not exist, and the server refused a connection to create it: %2</source>
        <translation>پایگاه داده %1 وجود ندارد و سرور اتصالی برای ساختن آن نپذیرفت: %2</translation>
    </message>
    <message>
        <source>The database %1 does not exist and cannot be created: %2</source>
        <translation>پایگاه داده %1 وجود ندارد و نمی‌توان آن را ساخت: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed; install libqt6sql6-psql to use a server.</source>
        <translation>راه‌انداز PostgreSQL کیوت (QPSQL) نصب نیست؛ برای کار با سرور libqt6sql6-psql را نصب کنید.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1: %2</source>
        <translation>اتصال به پایگاه داده %1 ممکن نیست: %2</translation>
    </message>
    <message>
        <source>The database %1 is not a usable Ehya database: %2</source>
        <translation>پایگاه داده %1 پایگاه داده قابل استفاده احیا نیست: %2</translation>
    </message>
    <message>
        <source>The server location %1 is not valid: %2. Write it as postgresql://user@host:port/database.</source>
        <translation>نشانی سرور %1 درست نیست: %2. آن را به شکل postgresql://user@host:port/database بنویسید.</translation>
    </message>
    <message>
        <source>it is not a valid address</source>
        <translation>نشانی معتبری نیست</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>با postgresql://‎ شروع نمی‌شود</translation>
    </message>
    <message>
        <source>The server location must not hold a password (it would show in the process list and in logs). Put the password in ~/.pgpass or in the PGPASSWORD variable, and write the location as postgresql://user@host:port/database.</source>
        <translation>نشانی سرور نباید گذرواژه داشته باشد (در فهرست فرایندها و گزارش‌ها دیده می‌شود). گذرواژه را در فایل pgpass در پوشه خانه یا متغیر PGPASSWORD بگذارید و نشانی را به شکل postgresql://user@host:port/database بنویسید.</translation>
    </message>
    <message>
        <source>the database name &quot;%1&quot; contains a slash</source>
        <translation>نام پایگاه داده «%1» خط مورب دارد</translation>
    </message>
    <message>
        <source>The server has no Ehya group roles (ehya_officer, ehya_manager, ehya_admin), so the database&apos;s row-level security cannot be set up. A superuser runs scripts/server/roles.sql once on the server first; see docs/server.md.</source>
        <translation>سرور نقش‌های گروهی احیا (ehya_officer، ehya_manager، ehya_admin) را ندارد، بنابراین امنیت سطح ردیف پایگاه داده برپا نمی‌شود. نخست یک ابرکاربر باید یک بار scripts/server/roles.sql را روی سرور اجرا کند؛ docs/server.md را ببینید.</translation>
    </message>
    <message>
        <source>%1: another user&apos;s change collided with this one on the server (%2), so nothing was saved. Try again.</source>
        <translation>%1: تغییر کاربر دیگری روی سرور با این تغییر برخورد کرد (%2)، پس چیزی ذخیره نشد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>%1: the record belongs to a province you may not change, so the server refused it (%2).</source>
        <translation>%1: این رکورد متعلق به استانی است که اجازهٔ تغییر آن را ندارید، بنابراین سرور آن را نپذیرفت (%2).</translation>
    </message>
    <message>
        <source>%1: your database role may not do this; ask the administrator of the server (%2).</source>
        <translation>%1: نقش پایگاه دادهٔ شما اجازهٔ این کار را ندارد؛ از مدیر سرور بخواهید (%2).</translation>
    </message>
    <message>
        <source>%1 does not exist: someone else deleted it, or it belongs to a province you may not see.</source>
        <translation>%1 وجود ندارد: کسی دیگر آن را حذف کرده است، یا متعلق به استانی است که اجازهٔ دیدن آن را ندارید.</translation>
    </message>
    <message>
        <source>%1 belongs to a province you may not change, so it was not saved.</source>
        <translation>%1 متعلق به استانی است که اجازهٔ تغییر آن را ندارید، بنابراین ذخیره نشد.</translation>
    </message>
    <message>
        <source>Project %1 belongs to a province you may not change, so the progress report was not saved.</source>
        <translation>طرح %1 به استانی تعلق دارد که اجازه تغییر آن را ندارید، پس گزارش پیشرفت ذخیره نشد.</translation>
    </message>
    <message>
        <source>the setting &quot;%1&quot; is not one Ehya passes on (it takes %2)</source>
        <translation>تنظیم «%1» از تنظیم‌هایی نیست که احیا به سرور می‌دهد (این‌ها را می‌پذیرد: %2)</translation>
    </message>
    <message>
        <source>the value of the setting &quot;%1&quot; holds a space, &apos;;&apos;, &apos;=&apos; or a quote</source>
        <translation>مقدار تنظیم «%1» فاصله، «;»، «=» یا نقل‌قول دارد</translation>
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
        <translation type="vanished">پایگاه داده FILE را باز می‌کند.</translation>
    </message>
    <message>
        <source>Language of the interface: fa or en.</source>
        <translation>زبان رابط کاربری: fa یا en.</translation>
    </message>
    <message>
        <source>Open on this tab: projects, units, ranking or dashboard.</source>
        <translation>باز شدن روی این زبانه: projects، units، ranking یا dashboard.</translation>
    </message>
    <message>
        <source>Open the database FILE, or a server&apos;s database postgresql://user@host:port/database.</source>
        <translation>پایگاه داده FILE یا پایگاه داده سرور postgresql://user@host:port/database را باز کن.</translation>
    </message>
</context>
</TS>
