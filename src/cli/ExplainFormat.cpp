// `ehya-cli rank --explain CODE`: why one item ranks where it does and what would move it, in
// words a manager can take to the workgroup, or as JSON.
#include "Cli.h"
#include "RankFormat.h"
#include "core/Digits.h"
#include "core/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ehya::cli {

using namespace Qt::StringLiterals;
using engine::Kind;

namespace {

QString criterionName(Kind kind, std::size_t c)
{
    static const char* const projectNames[] = {QT_TRANSLATE_NOOP("ehya::cli::Text", "cost per job"),
                                               QT_TRANSLATE_NOOP("ehya::cli::Text", "physical progress"),
                                               QT_TRANSLATE_NOOP("ehya::cli::Text", "remaining investment"),
                                               QT_TRANSLATE_NOOP("ehya::cli::Text", "planned jobs"),
                                               QT_TRANSLATE_NOOP("ehya::cli::Text", "export-oriented")};
    static const char* const unitNames[] = {QT_TRANSLATE_NOOP("ehya::cli::Text", "cost per job"),
                                            QT_TRANSLATE_NOOP("ehya::cli::Text", "restart cost"),
                                            QT_TRANSLATE_NOOP("ehya::cli::Text", "jobs restorable"),
                                            QT_TRANSLATE_NOOP("ehya::cli::Text", "months idle"),
                                            QT_TRANSLATE_NOOP("ehya::cli::Text", "export-oriented")};
    return Text::tr(kind == Kind::Project ? projectNames[c] : unitNames[c]);
}

QString moneyText(Rials rials, Digits digits)
{
    return formatMoney(rials, {MoneyUnit::BillionToman, digits, -1, true, true}); // up to 3 decimals
}

QString percentile(double norm, bool persian)
{
    return localDigits(formatDecimal(100.0 * norm, 0, Digits::Latin) + u'%', persian);
}

QString tierName(engine::Tier tier, bool persian)
{
    static const QString persianLetters[] = {u"الف"_s, u"ب"_s, u"ج"_s, u"د"_s};
    const char letter = engine::tierLetter(tier);
    return persian ? persianLetters[letter - 'A'] : QString(QChar::fromLatin1(letter));
}

} // namespace

QString explainText(const io::RankReport& report, std::size_t position, const engine::Explanation& e,
                    bool persian)
{
    const Digits digits = persian ? Digits::Persian : Digits::Latin;
    // A number written with Latin digits ("74.9"), in the digits of the language.
    const auto local = [persian](const QString& latin) { return localDigits(latin, persian); };
    const auto money = [digits](Rials rials) { return moneyText(rials, digits); };
    const auto& item = report.ranking.items[position];
    const auto& info = report.info[static_cast<qsizetype>(position)];
    const Kind kind = report.ranking.kind;
    const auto& weights = report.scenario.weights(kind);
    double total = 0;
    for (double w : weights)
        total += w;
    QStringList lines;
    lines << (kind == Kind::Project ? Text::tr("Project %1 — %2 (%3, %4)")
                                    : Text::tr("Idle unit %1 — %2 (%3, %4)"))
                 .arg(withDigits(info.code, digits), withDigits(info.title, digits),
                      persian ? info.countyFa : info.countyEn, persian ? info.provinceFa : info.provinceEn);
    QString head = Text::tr("Rank %1 of %2, score %3 of 100")
                       .arg(formatInteger(item.rank, digits))
                       .arg(formatInteger(static_cast<qint64>(report.ranking.items.size()), digits))
                       .arg(local(QString::number(item.score, 'f', 1)));
    if (item.tier)
        head += Text::tr(", tier %1 (physical progress %2%)")
                    .arg(tierName(*item.tier, persian))
                    .arg(local(QString::number(info.progress, 'f', 1)));
    lines << head;
    // A percentile norm is a share of the other items; a min-max norm is a place between the worst
    // and the best value, and is worded so.
    const bool minMax = report.scenario.normalisation == engine::Normalisation::MinMax;
    lines << (minMax ? Text::tr("Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, "
                                "%4 of the way.")
                     : Text::tr("Strongest: %1, better than %2 of the others. Weakest: %3, better than %4."))
                 .arg(criterionName(kind, e.strongest), percentile(item.norms[e.strongest], persian),
                      criterionName(kind, e.weakest), percentile(item.norms[e.weakest], persian));
    lines << Text::tr("Points per criterion (they add up to the score):");
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        lines << u"  "_s +
                     Text::tr("%1  %2 of %3")
                         .arg(criterionName(kind, c), -22)
                         .arg(local(QString::number(item.contributions[c], 'f', 1)), 5)
                         .arg(local(QString::number(total > 0 ? 100.0 * weights[c] / total : 0.0, 'f', 1)));
    if (e.nextTier)
        lines << Text::tr("To reach tier %1 it needs %2% physical progress.")
                     .arg(tierName(*e.nextTier, persian))
                     .arg(local(QString::number(e.progressForNextTier, 'f', 1)));
    if (e.aboveId) {
        const auto& above = report.info[static_cast<qsizetype>(position) - 1];
        const QString jobsName = criterionName(kind, kind == Kind::Project ? 3 : 2);
        const QString costName = criterionName(kind, kind == Kind::Project ? 2 : 1);
        if (e.costToPassAbove || e.jobsToPassAbove) {
            QStringList ways;
            if (e.costToPassAbove)
                ways << Text::tr("%1 of at most %2 (now %3)")
                            .arg(costName, money(*e.costToPassAbove), money(item.cost));
            if (e.jobsToPassAbove)
                ways << Text::tr("%1 of at least %2 (now %3)")
                            .arg(jobsName, formatInteger(*e.jobsToPassAbove, digits),
                                 formatInteger(item.jobs, digits));
            lines << Text::tr("It would pass rank %1 (%2) with %3.")
                         .arg(local(QString::number(position)))
                         .arg(withDigits(above.code, digits), ways.join(Text::tr(", or ")));
        } else {
            lines << Text::tr("No change of cost or jobs alone would pass rank %1 (%2).")
                         .arg(local(QString::number(position)))
                         .arg(withDigits(above.code, digits));
        }
    }
    if (report.plan) {
        const QString plan = report.plan->mode == engine::PlanMode::Policy ? u"policy"_s : u"max-jobs"_s;
        if (e.funded)
            lines
                << Text::tr("It is funded under the %1 plan with %2.").arg(plan, money(report.plan->budget));
        else if (e.costToBeFunded)
            lines << Text::tr(
                         "It is not funded under the %1 plan with %2; it would be at a cost of at most %3.")
                         .arg(plan, money(report.plan->budget), money(*e.costToBeFunded));
        else
            lines << Text::tr("It is not funded under the %1 plan with %2, even at no cost.")
                         .arg(plan, money(report.plan->budget));
    }
    return lines.join(u'\n');
}

QByteArray explainJson(const io::RankReport& report, std::size_t position, const engine::Explanation& e)
{
    const auto& item = report.ranking.items[position];
    const Kind kind = report.ranking.kind;
    auto key = [&](std::size_t c) {
        const auto k = engine::criteria(kind)[c].key;
        return QString::fromLatin1(k.data(), static_cast<qsizetype>(k.size()));
    };
    auto optional = [](const std::optional<std::int64_t>& v) {
        return v ? QJsonValue(static_cast<qint64>(*v)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject o;
    o.insert(u"rank"_s, item.rank);
    o.insert(u"id"_s, static_cast<qint64>(item.id));
    o.insert(u"code"_s, report.info[static_cast<qsizetype>(position)].code);
    o.insert(u"score"_s, item.score);
    o.insert(u"tier"_s, item.tier ? QJsonValue(QString(QChar::fromLatin1(engine::tierLetter(*item.tier))))
                                  : QJsonValue(QJsonValue::Null));
    o.insert(u"strongest"_s, key(e.strongest));
    o.insert(u"weakest"_s, key(e.weakest));
    o.insert(u"next_tier_progress"_s,
             e.nextTier ? QJsonValue(e.progressForNextTier) : QJsonValue(QJsonValue::Null));
    o.insert(u"above_id"_s, optional(e.aboveId));
    o.insert(u"cost_to_pass_above"_s, optional(e.costToPassAbove));
    o.insert(u"jobs_to_pass_above"_s, optional(e.jobsToPassAbove));
    o.insert(u"funded"_s, report.plan ? QJsonValue(e.funded) : QJsonValue(QJsonValue::Null));
    o.insert(u"cost_to_be_funded"_s, optional(e.costToBeFunded));
    QJsonObject norms, contributions;
    for (std::size_t c = 0; c < engine::kCriteria; ++c) {
        norms.insert(key(c), item.norms[c]);
        contributions.insert(key(c), item.contributions[c]);
    }
    o.insert(u"norms"_s, norms);
    o.insert(u"contributions"_s, contributions);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace ehya::cli
