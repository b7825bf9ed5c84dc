#include "Exporter.h"
#include "IoText.h"

#include "core/Enums.h"
#include "storage/Listing.h"

using namespace Qt::StringLiterals;

namespace ehya::io {

namespace {

ValueKind valueKind(CellType type)
{
    switch (type) {
    case CellType::Id:
    case CellType::Count:
        return ValueKind::Integer;
    case CellType::FreeText:
    case CellType::Code: // typed by people: neutralised like free text
        return ValueKind::FreeText;
    case CellType::Percent:
        return ValueKind::Percent;
    case CellType::Money:
        return ValueKind::Money;
    case CellType::Flag:
        return ValueKind::Flag;
    case CellType::Date:
        return ValueKind::Date;
    default:
        break;
    }
    return ValueKind::Text;
}

QList<OutColumn> sheetColumns(Sheet sheet)
{
    QList<OutColumn> out;
    for (const Column& c : columns(sheet))
        out << OutColumn{c.key, c.headerFa, valueKind(c.type)};
    return out;
}

QVariant integer(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}

// Names and labels in the language of the headers (English falls back to Persian when missing).
struct Naming
{
    bool persian = false;
    QString name(const QString& fa, const QString& en) const { return persian || en.isEmpty() ? fa : en; }
    template <typename E> QString label(E value) const
    {
        if (!persian)
            return enumKey(value);
        for (const auto& entry : enumEntries<E>()) {
            if (entry.value == value)
                return QString::fromUtf16(entry.labelFa);
        }
        return enumKey(value);
    }
};

QVariantList projectRow(const storage::ProjectRow& r, const Naming& n)
{
    const Project& p = r.project;
    return {integer(p.id),
            p.permitNo,
            n.name(r.provinceFa, r.provinceEn),
            n.name(r.countyFa, r.countyEn),
            r.sectorIsic,
            p.title,
            p.investor,
            n.label(p.status),
            p.progress,
            integer(p.investedRial),
            integer(p.remainingRial),
            integer(p.plannedJobs),
            p.exportOriented,
            p.permitDate,
            p.expectedCompletion,
            p.notes,
            n.name(r.estateFa, r.estateEn),
            p.permitExpiry,
            p.capacity};
}

QVariantList unitRow(const storage::UnitRow& r, const Naming& n)
{
    const IdleUnit& u = r.unit;
    return {integer(u.id),
            u.licenceNo,
            n.name(r.provinceFa, r.provinceEn),
            n.name(r.countyFa, r.countyEn),
            r.sectorIsic,
            u.name,
            u.operatorName,
            n.label(u.status),
            u.idleSince,
            u.capacityUse,
            integer(u.jobsBefore),
            integer(u.jobsRestorable),
            u.hasMarket,
            u.justified,
            integer(u.workingCapitalRial),
            integer(u.fixedCapitalRial),
            u.exportOriented,
            u.notes,
            n.name(r.estateFa, r.estateEn),
            n.label(u.revivalPath)};
}

QVariantList reportRow(const storage::ReportRow& r, const Naming& n)
{
    return {integer(r.report.id), integer(r.report.projectId),
            r.permitNo,           n.name(r.provinceFa, r.provinceEn),
            r.report.date,        r.report.percent,
            r.report.reportedBy,  r.report.note};
}

} // namespace

Result<qint64> exportSheet(storage::Database& db, const QString& path, const ExportOptions& options)
{
    auto writer = openTableWriter(path, sheetColumns(options.sheet), options.write);
    if (!writer)
        return writer.error();
    TableWriter& out = **writer;
    const Naming naming{options.write.persianHeaders};
    qint64 rows = 0;
    // After each row: the writer's status, then the progress callback's word. Returning an error
    // stops the walk; the writer is dropped unfinished, so the file is not replaced.
    const auto wrote = [&](const Status& written) -> Status {
        if (!written)
            return written;
        ++rows;
        if (options.progress && rows % 1000 == 0 && !options.progress(rows))
            return Error{Error::Kind::Cancelled,
                         IoText::tr("The export was cancelled; no file was written.")};
        return {};
    };
    Status done;
    switch (options.sheet) {
    case Sheet::Projects:
        done = storage::forEachProjectRow(
            db, options.provinceId,
            [&](const storage::ProjectRow& r) { return wrote(out.writeRow(projectRow(r, naming))); }, false);
        break;
    case Sheet::Units:
        done = storage::forEachUnitRow(
            db, options.provinceId,
            [&](const storage::UnitRow& r) { return wrote(out.writeRow(unitRow(r, naming))); }, false);
        break;
    case Sheet::Reports:
        done = storage::forEachReportRow(db, options.provinceId, [&](const storage::ReportRow& r) {
            return wrote(out.writeRow(reportRow(r, naming)));
        });
        break;
    }
    if (!done)
        return done.error();
    if (auto finished = out.finish(); !finished)
        return finished.error();
    return rows;
}

QList<OutColumn> rankingColumns(const RankReport& report)
{
    const engine::Kind kind = report.ranking.kind;
    QList<OutColumn> out = {
        {u"rank"_s, u"رتبه"_s, ValueKind::Integer},
        {u"kind"_s, u"نوع"_s, ValueKind::Text},
        {u"id"_s, u"شناسه"_s, ValueKind::Integer},
        {u"code"_s, u"شماره جواز یا پروانه"_s, ValueKind::FreeText},
        {u"title"_s, u"عنوان"_s, ValueKind::FreeText},
        {u"province"_s, u"استان"_s, ValueKind::FreeText},
        {u"county"_s, u"شهرستان"_s, ValueKind::FreeText},
        {u"tier"_s, u"رده پیشرفت"_s, ValueKind::Text},
        {u"score"_s, u"امتیاز"_s, ValueKind::Decimal},
        {u"progress"_s, u"پیشرفت فیزیکی (درصد)"_s, ValueKind::Percent},
        {u"cost_rial"_s, u"هزینه (ریال)"_s, ValueKind::Money},
        {u"cumulative_cost_rial"_s, u"هزینه تجمعی (ریال)"_s, ValueKind::Money},
        {u"jobs"_s, u"اشتغال"_s, ValueKind::Integer},
        {u"funded"_s, u"تأمین می‌شود"_s, ValueKind::Flag},
        {u"scenario"_s, u"سناریو"_s, ValueKind::FreeText},
        {u"plan"_s, u"روش برنامه"_s, ValueKind::Text},
        {u"budget_rial"_s, u"بودجه (ریال)"_s, ValueKind::Money},
    };
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        out << OutColumn{u"points_"_s + criterionKey(kind, c), u"امتیاز "_s + criterionKey(kind, c),
                         ValueKind::Decimal};
    if (!report.spread.empty())
        out << OutColumn{u"rank_p5"_s, u"رتبه (صدک ۵)"_s, ValueKind::Integer}
            << OutColumn{u"rank_p50"_s, u"رتبه (میانه)"_s, ValueKind::Integer}
            << OutColumn{u"rank_p95"_s, u"رتبه (صدک ۹۵)"_s, ValueKind::Integer}
            << OutColumn{u"funded_share"_s, u"سهم تأمین"_s, ValueKind::Decimal};
    return out;
}

QList<QVariantList> rankingRows(const RankReport& report, bool persianNames)
{
    const engine::Kind kind = report.ranking.kind;
    QList<QVariantList> rows;
    Rials cumulative = 0;
    const QString scenario = QString::fromStdString(report.scenario.name);
    const QVariant plan = report.request.plan == engine::PlanMode::MaxJobs ? u"max-jobs"_s : u"policy"_s;
    for (std::size_t i = 0; i < report.ranking.items.size(); ++i) {
        const auto& item = report.ranking.items[i];
        const auto& info = report.info[static_cast<qsizetype>(i)];
        cumulative += item.cost;
        QVariantList row{item.rank,
                         kind == engine::Kind::Project ? u"project"_s : u"unit"_s,
                         integer(item.id),
                         info.code,
                         info.title,
                         persianNames ? info.provinceFa : info.provinceEn,
                         persianNames ? info.countyFa : info.countyEn,
                         item.tier ? QString(QChar::fromLatin1(engine::tierLetter(*item.tier))) : QString(),
                         item.score,
                         kind == engine::Kind::Project ? QVariant(info.progress) : QVariant(),
                         integer(item.cost),
                         integer(cumulative),
                         integer(item.jobs),
                         report.plan ? QVariant(bool(report.plan->funded[i])) : QVariant(),
                         scenario,
                         report.plan ? plan : QVariant(),
                         report.request.budget ? integer(*report.request.budget) : QVariant()};
        for (double points : item.contributions)
            row << points;
        if (!report.spread.empty()) {
            const auto& s = report.spread[i];
            row << s.p5 << s.p50 << s.p95 << s.fundedShare;
        }
        rows << row;
    }
    return rows;
}

Result<qint64> exportRanking(const RankReport& report, const QString& path, const WriteOptions& options)
{
    auto writer = openTableWriter(path, rankingColumns(report), options);
    if (!writer)
        return writer.error();
    const QList<QVariantList> rows = rankingRows(report, options.persianHeaders);
    for (const QVariantList& row : rows) {
        if (auto done = (*writer)->writeRow(row); !done)
            return done.error();
    }
    if (auto finished = (*writer)->finish(); !finished)
        return finished.error();
    return qint64(rows.size());
}

} // namespace ehya::io
