#include "Columns.h"

#include "core/PersianText.h"

#include <QRegularExpression>

namespace ehya::io {

using namespace Qt::StringLiterals;

namespace {

using T = CellType;

Column col(const char* key, CellType type, bool required, const char16_t* fa,
           std::initializer_list<const char16_t*> aliases = {})
{
    Column c{QString::fromLatin1(key), type, required, QString::fromUtf16(fa), {}};
    for (const char16_t* alias : aliases)
        c.aliases << QString::fromUtf16(alias);
    return c;
}

QList<Column> projectColumns()
{
    return {
        col("id", T::Id, false, u"شناسه"),
        col("permit_no", T::Code, true, u"شماره جواز تأسیس",
            {u"شماره جواز", u"جواز تأسیس", u"شماره پروانه تأسیس", u"شماره مجوز", u"permit number"}),
        col("province", T::Province, true, u"استان", {u"province name"}),
        col("county", T::County, true, u"شهرستان", {u"county name"}),
        col("sector", T::Sector, true, u"بخش صنعتی (آیسیک)",
            {u"بخش", u"رشته فعالیت", u"کد آیسیک", u"آیسیک", u"گروه صنعتی", u"isic"}),
        col("title", T::FreeText, true, u"عنوان طرح", {u"نام طرح", u"عنوان", u"project title"}),
        col("investor", T::FreeText, false, u"سرمایه‌گذار",
            {u"مجری", u"نام سرمایه‌گذار", u"متقاضی"}),
        col("status", T::Status, false, u"وضعیت", {u"وضعیت طرح"}),
        col("progress", T::Percent, true, u"پیشرفت فیزیکی (درصد)",
            {u"درصد پیشرفت", u"پیشرفت", u"درصد پیشرفت فیزیکی", u"physical progress"}),
        col("invested_rial", T::Money, false, u"سرمایه‌گذاری انجام‌شده (ریال)",
            {u"سرمایه‌گذاری انجام‌شده",
             u"سرمایه‌گذاری صورت‌گرفته", u"invested"}),
        col("remaining_rial", T::Money, true, u"سرمایه‌گذاری باقی‌مانده (ریال)",
            {u"سرمایه‌گذاری باقی‌مانده",
             u"سرمایه‌گذاری مورد نیاز", u"اعتبار مورد نیاز",
             u"باقی‌مانده سرمایه‌گذاری", u"remaining investment"}),
        col("planned_jobs", T::Count, false, u"اشتغال پیش‌بینی‌شده",
            {u"اشتغال", u"تعداد اشتغال", u"planned jobs"}),
        col("export_oriented", T::Flag, false, u"صادرات‌محور", {u"صادراتی", u"export oriented"}),
        col("permit_date", T::Date, false, u"تاریخ صدور جواز", {u"تاریخ جواز", u"permit date"}),
        col("expected_completion", T::Date, false, u"پیش‌بینی بهره‌برداری",
            {u"تاریخ پیش‌بینی بهره‌برداری", u"زمان بهره‌برداری",
             u"expected completion"}),
        col("notes", T::FreeText, false, u"توضیحات", {u"ملاحظات", u"شرح"}),
        col("estate", T::Estate, false, u"شهرک یا ناحیه صنعتی", {u"شهرک صنعتی", u"ناحیه صنعتی", u"شهرک"}),
        col("permit_expiry", T::Date, false, u"تاریخ اعتبار جواز", {u"انقضای جواز", u"permit expiry"}),
        col("capacity", T::FreeText, false, u"ظرفیت", {u"ظرفیت تولید"}),
    };
}

QList<Column> unitColumns()
{
    return {
        col("id", T::Id, false, u"شناسه"),
        col("licence_no", T::Code, true, u"شماره پروانه بهره‌برداری",
            {u"شماره پروانه", u"پروانه بهره‌برداری", u"licence number", u"license_no"}),
        col("province", T::Province, true, u"استان", {u"province name"}),
        col("county", T::County, true, u"شهرستان", {u"county name"}),
        col("sector", T::Sector, true, u"بخش صنعتی (آیسیک)",
            {u"بخش", u"رشته فعالیت", u"کد آیسیک", u"آیسیک", u"گروه صنعتی", u"isic"}),
        col("name", T::FreeText, true, u"نام واحد", {u"نام واحد صنعتی", u"نام شرکت", u"واحد", u"unit name"}),
        col("operator", T::FreeText, false, u"بهره‌بردار",
            {u"نام بهره‌بردار", u"مدیرعامل"}),
        col("status", T::Status, false, u"وضعیت", {u"وضعیت واحد"}),
        col("idle_since", T::Date, false, u"تاریخ توقف", {u"راکد از", u"تاریخ تعطیلی", u"idle since"}),
        col("capacity_use", T::Percent, false, u"ظرفیت فعال (درصد)",
            {u"درصد ظرفیت فعال", u"ظرفیت مورد استفاده", u"capacity use"}),
        col("jobs_before", T::Count, false, u"اشتغال پیش از توقف", {u"اشتغال قبلی", u"jobs before"}),
        col("jobs_restorable", T::Count, false, u"اشتغال قابل بازگشت",
            {u"اشتغال قابل احیا", u"اشتغال قابل برگشت", u"jobs restorable"}),
        col("has_market", T::Flag, false, u"بازار دارد", {u"دارای بازار", u"بازار", u"has market"}),
        col("justified", T::Flag, false, u"توجیه اقتصادی دارد", {u"توجیه اقتصادی", u"دارای توجیه اقتصادی"}),
        col("working_capital_rial", T::Money, false, u"نیاز سرمایه در گردش (ریال)",
            {u"سرمایه در گردش", u"سرمایه در گردش مورد نیاز", u"working capital"}),
        col("fixed_capital_rial", T::Money, false, u"نیاز سرمایه ثابت (ریال)",
            {u"سرمایه ثابت", u"سرمایه ثابت مورد نیاز", u"fixed capital"}),
        col("export_oriented", T::Flag, false, u"صادرات‌محور", {u"صادراتی", u"export oriented"}),
        col("notes", T::FreeText, false, u"توضیحات", {u"ملاحظات", u"شرح"}),
        col("estate", T::Estate, false, u"شهرک یا ناحیه صنعتی", {u"شهرک صنعتی", u"ناحیه صنعتی", u"شهرک"}),
        col("revival_path", T::RevivalPath, false, u"راه احیا", {u"مسیر احیا", u"روش احیا", u"revival path"}),
    };
}

QList<Column> reportColumns()
{
    return {
        col("id", T::Id, false, u"شناسه"),
        col("project_id", T::Id, false, u"شناسه طرح"),
        col("permit_no", T::Code, true, u"شماره جواز تأسیس"),
        col("province", T::Province, true, u"استان"),
        col("report_date", T::Date, true, u"تاریخ گزارش"),
        col("percent", T::Percent, true, u"پیشرفت فیزیکی (درصد)"),
        col("reported_by", T::FreeText, false, u"گزارش‌دهنده"),
        col("note", T::FreeText, false, u"یادداشت"),
    };
}

} // namespace

const QList<Column>& columns(Sheet sheet)
{
    static const QList<Column> projects = projectColumns();
    static const QList<Column> units = unitColumns();
    static const QList<Column> reports = reportColumns();
    switch (sheet) {
    case Sheet::Projects:
        return projects;
    case Sheet::Units:
        return units;
    case Sheet::Reports:
        break;
    }
    return reports;
}

bool ignoredOnImport(const QString& header)
{
    static const QStringList ignored = {u"id"_s, searchKey(u"شناسه"_s), searchKey(u"ردیف"_s), u"row"_s,
                                        u"#"_s,  searchKey(u"ر"_s),     u"reason"_s};
    return ignored.contains(headerKey(header).key);
}

HeaderKey headerKey(const QString& header)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\(([^)]*)\\)|\\[([^\\]]*)\\]"));
    HeaderKey out;
    QString text = header;
    const QRegularExpressionMatch match = parenthesised.match(text);
    if (match.hasMatch()) {
        const QString inside = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        // "(ریال)" or "(میلیارد تومان)": the unit of the column's amounts.
        for (MoneyUnit unit : {MoneyUnit::Rial, MoneyUnit::Toman, MoneyUnit::MillionRial,
                               MoneyUnit::BillionRial, MoneyUnit::BillionToman}) {
            if (auto value = parseMoney(u"1 "_s + inside.trimmed(), MoneyUnit::Rial);
                value && *value == rialsPer(unit))
                out.unit = unit;
        }
        text.remove(match.capturedStart(), match.capturedLength());
    }
    out.key = searchKey(text).replace(u'_', u' ');
    return out;
}

} // namespace ehya::io
