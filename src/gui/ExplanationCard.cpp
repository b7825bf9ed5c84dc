#include "ExplanationCard.h"

#include "RankingText.h"
#include "TableFormat.h"
#include "io/RankingService.h"

#include <QFontMetrics>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace ehya::gui {

using namespace Qt::StringLiterals;

ContributionBars::ContributionBars(const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ContributionBars::setBars(const QList<Bar>& bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

QSize ContributionBars::sizeHint() const
{
    const int line = fontMetrics().height() + 6;
    return {360, line * int(m_bars.size()) + 4};
}

void ContributionBars::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height() + 6;
    int nameWidth = 0;
    for (const auto& bar : m_bars)
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(bar.name));
    nameWidth += 8;
    double maxOutOf = 0;
    for (const auto& bar : m_bars)
        maxOutOf = std::max(maxOutOf, bar.outOf);
    const int figureWidth = fm.horizontalAdvance(u"00.0 / 00.0"_s) + 8;
    const int barSpace = std::max(40, width() - nameWidth - figureWidth - 4);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const auto& bar = m_bars[i];
        const int y = int(i) * line + 2;
        const QString figure = RankingText::decimal(m_settings, bar.points) + u" / "_s +
                               RankingText::decimal(m_settings, bar.outOf);
        const int full = maxOutOf > 0 ? int(barSpace * bar.outOf / maxOutOf) : 0;
        const int filled = bar.outOf > 0 ? int(full * std::clamp(bar.points / bar.outOf, 0.0, 1.0)) : 0;
        // Left to right: name, bar, figure; mirrored in a right-to-left layout.
        QRect nameRect(0, y, nameWidth, line - 4);
        QRect barRect(nameWidth, y + 2, full, line - 8);
        QRect figureRect(nameWidth + barSpace + 4, y, figureWidth, line - 4);
        if (rtl) {
            nameRect.moveRight(width() - 1);
            barRect.moveRight(width() - nameWidth - 1);
            figureRect.moveRight(width() - nameWidth - barSpace - 5);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(nameRect, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), bar.name);
        p.fillRect(barRect, QColor(0xe0, 0xe0, 0xe0));
        QRect filledRect = barRect;
        filledRect.setWidth(filled);
        if (rtl)
            filledRect.moveRight(barRect.right());
        p.fillRect(filledRect, QColor(0x43, 0xa0, 0x47));
        p.drawText(figureRect, Qt::AlignVCenter | (rtl ? Qt::AlignRight : Qt::AlignLeft), figure);
    }
}

ExplanationCard::ExplanationCard(const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    m_head = new QLabel(this);
    m_why = new QLabel(this);
    m_move = new QLabel(this);
    for (QLabel* label : {m_head, m_why, m_move}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_head->font();
    bold.setBold(true);
    m_head->setFont(bold);
    m_bars = new ContributionBars(settings, this);
    layout->addWidget(m_head);
    layout->addWidget(m_why);
    layout->addWidget(m_move); // what would move it up: read first, before the bars
    m_barsTitle = new QLabel(tr("Points per criterion (they add up to the score):"), this);
    layout->addWidget(m_barsTitle);
    layout->addWidget(m_bars);
    layout->addStretch(1);
    clear();
}

void ExplanationCard::clear()
{
    m_explanation.reset();
    m_lines.clear();
    m_head->setText(tr("Select a row to see why it ranks there and what would move it up."));
    m_why->clear();
    m_move->clear();
    m_bars->setBars({});
    m_barsTitle->hide(); // no bars to title
}

void ExplanationCard::showItem(const io::RankReport* report, std::size_t position)
{
    if (!report || position >= report->ranking.items.size()) {
        clear();
        return;
    }
    const DisplaySettings& s = m_settings;
    const engine::Explanation e = io::explainItem(*report, position);
    m_explanation = e;
    m_barsTitle->show();
    const auto& item = report->ranking.items[position];
    const auto& info = report->info[static_cast<qsizetype>(position)];
    const engine::Kind kind = report->ranking.kind;
    const auto percent = [&s](double v) { return formatPercentCell(s, v); };
    const QChar sign = s.digits == Digits::Persian ? QChar(0x066A) : QChar(u'%');
    const auto share = [&s, sign](double norm) -> QString {
        return formatDecimal(100.0 * norm, 0, s.digits) + sign;
    };
    const auto money = [&s](Rials rials, int decimals = -1) {
        return formatMoney(rials, {s.moneyUnit, s.digits, decimals, true, true});
    };
    // A limit and today's cost side by side: as many decimals as it takes for them to differ, so
    // that "at most 0.5 (now 0.5)" never reads like a contradiction.
    const auto limitAndNow = [&money](Rials limit, Rials now) {
        int decimals = -1;
        while (decimals < 10 && limit != now && money(limit, decimals) == money(now, decimals))
            decimals = decimals < 0 ? 4 : decimals + 1;
        return std::pair{money(limit, decimals), money(now, decimals)};
    };
    const auto count = [&s](qint64 v) { return formatCountCell(s, v); };
    const auto tierName = [&s](engine::Tier t) { return tierLabel(s, t); };
    const int n = static_cast<int>(report->ranking.items.size());

    QStringList head;
    // The paragraph direction of the language, whatever script the title is in.
    head << QChar(s.persian() ? 0x200F : 0x200E) + withDigits(info.code, s.digits) + u" — "_s +
                withDigits(info.title, s.digits) + u" ("_s + pickName(s, info.countyFa, info.countyEn) + u')';
    head << tr("Rank %1 of %2, score %3 of 100.")
                .arg(count(item.rank), count(n), RankingText::decimal(s, item.score));

    QStringList why;
    if (item.tier) {
        const auto& t = report->scenario.tiers;
        const double thresholds[] = {t.t1, t.t2, t.t3};
        const int tier = static_cast<int>(*item.tier);
        if (tier == 0)
            why << tr("Tier %1: its physical progress %2 is at or above %3.")
                       .arg(tierName(*item.tier), percent(info.progress), percent(t.t1));
        else if (tier == 3)
            why << tr("Tier %1: its physical progress %2 is below %3 (tier %4).")
                       .arg(tierName(*item.tier), percent(info.progress), percent(t.t3),
                            tierName(engine::Tier::C));
        else
            why << tr("Tier %1: its physical progress %2 is at or above %3 but below %4 (tier %5).")
                       .arg(tierName(*item.tier), percent(info.progress), percent(thresholds[tier]),
                            percent(thresholds[tier - 1]), tierName(static_cast<engine::Tier>(tier - 1)));
    } else {
        why << tr("Idle units have no tier: they are in score order.");
    }
    // A norm is a percentile (mid-rank) or the position between the worst and the best value
    // (min-max): worded as what it is.
    why << (report->scenario.normalisation == engine::Normalisation::MinMax
                ? tr("Strongest: %1, %2 of the way from the worst to the best value. Weakest: %3, %4 of "
                     "the way.")
                : tr("Strongest: %1, better than %2 of the others. Weakest: %3, better than %4."))
               .arg(RankingText::criterion(kind, e.strongest), share(item.norms[e.strongest]),
                    RankingText::criterion(kind, e.weakest), share(item.norms[e.weakest]));

    const auto& weights = report->scenario.weights(kind);
    double total = 0;
    for (double w : weights)
        total += w;
    QList<ContributionBars::Bar> bars;
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        bars.append({RankingText::criterion(kind, c), item.contributions[c],
                     total > 0 ? 100.0 * weights[c] / total : 0.0});
    m_bars->setBars(bars);

    QStringList move;
    if (e.nextTier)
        move << tr("It reaches tier %1 at %2 physical progress (now %3).")
                    .arg(tierName(*e.nextTier), percent(e.progressForNextTier), percent(info.progress));
    if (position == 0) {
        move << tr("It ranks first.");
    } else if (e.aboveId) {
        const auto& above = report->info[static_cast<qsizetype>(position) - 1];
        const QString aboveName = withDigits(above.code, s.digits);
        QStringList ways;
        if (e.costToPassAbove) {
            const auto [limit, now] = limitAndNow(*e.costToPassAbove, item.cost);
            ways << tr("a cost of at most %1 (now %2)").arg(limit, now);
        }
        if (e.jobsToPassAbove)
            ways << tr("at least %1 jobs (now %2)").arg(count(*e.jobsToPassAbove), count(item.jobs));
        if (ways.isEmpty())
            move << tr("No change of cost or jobs alone would pass rank %1 (%2).")
                        .arg(count(item.rank - 1), aboveName);
        else
            move << tr("It would pass rank %1 (%2) with %3.")
                        .arg(count(item.rank - 1), aboveName, ways.join(tr(", or ")));
    }
    if (report->plan) {
        const QString plan = RankingText::plan(report->plan->mode);
        if (e.funded)
            move << tr("It is funded under the plan (%1).").arg(plan);
        else if (e.costToBeFunded) {
            const auto [limit, now] = limitAndNow(*e.costToBeFunded, item.cost);
            move << tr("It would be funded (%1) at a cost of at most %2 (now %3).").arg(plan, limit, now);
        } else
            move << tr("No lower cost alone would get it funded (%1).").arg(plan);
    }

    m_head->setText(head.join(u'\n'));
    m_why->setText(why.join(u'\n'));
    m_move->setText(move.join(u'\n'));
    m_lines = head + why + move;
}

} // namespace ehya::gui
