#include "RankFormat.h"

#include "Cli.h"
#include "core/Digits.h"
#include "core/Money.h"
#include "engine/Explain.h"
#include "io/Exporter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ehya::cli {

using namespace Qt::StringLiterals;
using engine::Kind;

namespace {

using io::criterionKey;

QString tierText(const engine::RankedItem& item)
{
    return item.tier ? QString(QChar::fromLatin1(engine::tierLetter(*item.tier))) : QString();
}

// The tier as the table shows it: A-D, or الف ب ج د in Persian (as the app does).
QString tierLabel(const engine::RankedItem& item, bool persian)
{
    if (!item.tier || !persian)
        return tierText(item);
    static const QString letters[] = {u"الف"_s, u"ب"_s, u"ج"_s, u"د"_s};
    return letters[static_cast<int>(engine::tierLetter(*item.tier) - 'A')];
}

QString billionToman(Rials rials, Digits digits = Digits::Latin)
{
    return formatMoney(rials, {MoneyUnit::BillionToman, digits, 1, false, true});
}

std::vector<Rials> cumulativeCosts(const io::RankReport& report)
{
    std::vector<Rials> out;
    Rials sum = 0;
    for (const auto& item : report.ranking.items) {
        sum += item.cost;
        out.push_back(sum);
    }
    return out;
}

bool funded(const io::RankReport& report, std::size_t i)
{
    return report.plan && report.plan->funded[i];
}

QString pad(const QString& text, qsizetype width, bool right)
{
    const qsizetype fill = std::max<qsizetype>(0, width - text.size());
    return right ? QString(fill, u' ') + text : text + QString(fill, u' ');
}

QString elide(const QString& text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + u'…';
}

} // namespace

QString rankTable(const io::RankReport& report, const RankFormatOptions& options)
{
    const bool projects = report.ranking.kind == Kind::Project;
    const bool fa = options.persian;
    const Digits digits = fa ? Digits::Persian : Digits::Latin;
    QStringList lines;
    lines << options.title;
    if (report.plan) {
        const auto& p = *report.plan;
        const bool policy = p.mode == engine::PlanMode::Policy;
        lines << Text::tr("Budget %1 billion toman, plan %2: %3 funded, %4 billion toman, %5 jobs, %6 "
                          "billion toman left.")
                     .arg(billionToman(p.budget, digits), policy ? u"policy"_s : u"max-jobs"_s,
                          formatInteger(p.itemsFunded, digits), billionToman(p.cost, digits),
                          formatInteger(p.jobs, digits), billionToman(p.budgetLeft, digits));
        if (report.other) {
            // Signed: a greedy max-jobs plan (not exact) can restore fewer jobs than policy.
            const qint64 gain = policy ? report.other->jobs - p.jobs : p.jobs - report.other->jobs;
            if (gain > 0)
                lines << Text::tr("For the same budget, max-jobs restores %1 more jobs than policy.")
                             .arg(formatInteger(gain, digits));
            else if (gain < 0)
                lines << Text::tr("For the same budget, max-jobs restores %1 fewer jobs than policy.")
                             .arg(formatInteger(-gain, digits));
            else
                lines << Text::tr("For the same budget, max-jobs restores as many jobs as policy.");
        }
        if (!p.exact)
            lines << Text::tr("max-jobs is a greedy plan here: the optimum is at most %1 jobs.")
                         .arg(formatInteger(p.jobsBound, digits));
    }
    lines << QString();
    const bool spread = !report.spread.empty();
    QStringList header{
        Text::tr("rank"),  Text::tr("tier"),   Text::tr("score"),           Text::tr("code"),
        Text::tr("title"), Text::tr("county"), Text::tr("cost (bn toman)"), Text::tr("cumulative"),
        Text::tr("jobs")};
    if (projects)
        header.insert(3, Text::tr("progress"));
    if (report.plan)
        header << Text::tr("funded");
    if (spread)
        header << Text::tr("rank 5-50-95%") << Text::tr("funded share");
    if (!projects)
        header.removeAt(1);

    QList<QStringList> rows;
    const auto cumulative = cumulativeCosts(report);
    for (std::size_t i = 0; i < report.ranking.items.size(); ++i) {
        const auto& item = report.ranking.items[i];
        const auto& info = report.info[static_cast<qsizetype>(i)];
        QStringList row{localDigits(QString::number(item.rank), fa),
                        tierLabel(item, fa),
                        formatDecimal(item.score, 1, digits),
                        withDigits(info.code, digits),
                        elide(withDigits(info.title, digits), 40),
                        fa ? info.countyFa : info.countyEn,
                        billionToman(item.cost, digits),
                        billionToman(cumulative[i], digits),
                        formatInteger(item.jobs, digits)};
        if (projects)
            row.insert(3, localDigits(QString::number(info.progress, 'f', 1), fa));
        if (report.plan)
            row << (funded(report, i) ? u"✓"_s : QString());
        if (spread) {
            const auto& s = report.spread[i];
            row << localDigits(u"%1-%2-%3"_s.arg(s.p5).arg(s.p50).arg(s.p95), fa)
                << (report.plan
                        ? localDigits(formatDecimal(100.0 * s.fundedShare, 0, Digits::Latin) + u'%', fa)
                        : QString());
        }
        if (!projects)
            row.removeAt(1);
        rows << row;
    }
    QList<qsizetype> width(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c) {
        width[c] = header[c].size();
        for (const auto& row : rows)
            width[c] = std::max(width[c], row[c].size());
    }
    const qsizetype textColumn = header.indexOf(Text::tr("title"));
    const qsizetype countyColumn = header.indexOf(Text::tr("county"));
    const qsizetype codeColumn = header.indexOf(Text::tr("code"));
    auto line = [&](const QStringList& cells) {
        QStringList out;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const bool left = c == textColumn || c == countyColumn || c == codeColumn;
            out << pad(cells[c], width[c], !left);
        }
        return out.join(u"  "_s);
    };
    lines << line(header);
    for (const auto& row : rows)
        lines << line(row);
    if (rows.isEmpty())
        lines << Text::tr("(no eligible item)");
    return lines.join(u'\n');
}

QByteArray rankCsv(const io::RankReport& report, const RankFormatOptions& options)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    io::WriteOptions write;
    write.bom = options.bom;
    const auto writer = io::csvTableWriter(buffer, io::rankingColumns(report), write);
    for (const QVariantList& row : io::rankingRows(report, options.persian))
        (void)writer->writeRow(row); // a buffer does not fail
    return data;
}

QByteArray rankJson(const io::RankReport& report)
{
    const Kind kind = report.ranking.kind;
    QJsonArray array;
    const auto cumulative = cumulativeCosts(report);
    for (std::size_t i = 0; i < report.ranking.items.size(); ++i) {
        const auto& item = report.ranking.items[i];
        const auto& info = report.info[static_cast<qsizetype>(i)];
        QJsonObject o;
        o.insert(u"rank"_s, item.rank);
        o.insert(u"kind"_s, kind == Kind::Project ? u"project"_s : u"unit"_s);
        o.insert(u"id"_s, static_cast<qint64>(item.id));
        o.insert(u"code"_s, info.code);
        o.insert(u"title"_s, info.title);
        o.insert(u"province"_s, info.provinceEn);
        o.insert(u"county"_s, info.countyEn);
        o.insert(u"tier"_s, item.tier ? QJsonValue(tierText(item)) : QJsonValue(QJsonValue::Null));
        o.insert(u"score"_s, item.score);
        if (kind == Kind::Project)
            o.insert(u"progress"_s, info.progress);
        o.insert(u"cost"_s, static_cast<qint64>(item.cost));
        o.insert(u"cumulative_cost"_s, static_cast<qint64>(cumulative[i]));
        o.insert(u"jobs"_s, static_cast<qint64>(item.jobs));
        o.insert(u"funded"_s, report.plan ? QJsonValue(funded(report, i)) : QJsonValue(QJsonValue::Null));
        QJsonObject contributions, values;
        for (std::size_t c = 0; c < engine::kCriteria; ++c) {
            contributions.insert(criterionKey(kind, c), item.contributions[c]);
            values.insert(criterionKey(kind, c), item.values[c]);
        }
        o.insert(u"contributions"_s, contributions);
        o.insert(u"values"_s, values);
        const engine::Explanation why = engine::basicExplanation(report.scenario, report.ranking, i);
        o.insert(u"strongest"_s, criterionKey(kind, why.strongest));
        o.insert(u"weakest"_s, criterionKey(kind, why.weakest));
        o.insert(u"next_tier_progress"_s,
                 why.nextTier ? QJsonValue(why.progressForNextTier) : QJsonValue(QJsonValue::Null));
        if (!report.spread.empty()) {
            const auto& s = report.spread[i];
            o.insert(u"rank_p5"_s, s.p5);
            o.insert(u"rank_p50"_s, s.p50);
            o.insert(u"rank_p95"_s, s.p95);
            o.insert(u"funded_share"_s, s.fundedShare);
        }
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace ehya::cli
