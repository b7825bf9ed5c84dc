// DashboardView, continued: what each chart shows, from the figures.
#include "BarChartView.h"
#include "DashboardView.h"
#include "TableFormat.h"
#include "core/Enums.h"

#include <algorithm>
#include <functional>

namespace ehya::gui {

namespace {

constexpr int kCountiesShown = 12;

const engine::Tier kChartTiers[] = {engine::Tier::A, engine::Tier::B, engine::Tier::C, engine::Tier::D};

} // namespace

void DashboardView::showTierCharts()
{
    const QString unit = moneyUnitLabel(m_settings.moneyUnit);
    QStringList names;
    QList<double> projects, remaining, jobs;
    QStringList projectTips, remainingTips, jobTips;
    for (int t = 0; t < io::kTierCount; ++t) {
        const io::TierFigures& f = m_figures.perTier[size_t(t)];
        const QString tier = tr("Tier %1").arg(tierLabel(m_settings, kChartTiers[t]));
        names << tier;
        projects << double(f.projects);
        remaining << double(f.remainingRial) / double(rialsPer(m_settings.moneyUnit));
        jobs << double(f.plannedJobs);
        projectTips << tr("%1: %2 half-finished projects").arg(tier, count(f.projects));
        remainingTips << tr("%1: %2 %3 remaining").arg(tier, money(f.remainingRial), unit);
        jobTips << tr("%1: %2 planned jobs").arg(tier, count(f.plannedJobs));
    }
    const auto withValues = [&](const std::function<QString(int)>& text) {
        QStringList labels;
        for (int t = 0; t < io::kTierCount; ++t)
            labels << names.at(t) + u'\n' + text(t);
        return labels;
    };
    const auto countAxis = [this](double v) { return count(qRound64(v)); };
    const auto moneyLabel = [this](double v) { return moneyAxis(v); };
    BarChartView* c = chart(Chart::TierProjects);
    c->setChartTitle(tr("Half-finished projects per tier"));
    c->setBars(withValues([&](int t) { return count(m_figures.perTier[size_t(t)].projects); }), projects,
               projectTips, countAxis);
    c = chart(Chart::TierRemaining);
    c->setChartTitle(tr("Remaining investment per tier (%1)").arg(unit));
    c->setBars(withValues([&](int t) { return money(m_figures.perTier[size_t(t)].remainingRial); }),
               remaining, remainingTips, moneyLabel);
    c = chart(Chart::TierJobs);
    c->setChartTitle(tr("Planned jobs per tier"));
    c->setBars(withValues([&](int t) { return count(m_figures.perTier[size_t(t)].plannedJobs); }), jobs,
               jobTips, countAxis);
}

void DashboardView::showUnitCharts()
{
    const auto countAxis = [this](double v) { return count(qRound64(v)); };
    QStringList labels, tips;
    QList<double> values;
    for (const auto& entry : enumEntries<UnitStatus>()) {
        const qint64 n = m_figures.unitsPerStatus[size_t(entry.value)];
        labels << enumLabel(entry.value) + u'\n' + count(n);
        values << double(n);
        tips << tr("%1: %2 units").arg(enumLabel(entry.value), count(n));
    }
    chart(Chart::UnitStatus)->setChartTitle(tr("Units by status"));
    chart(Chart::UnitStatus)->setBars(labels, values, tips, countAxis);

    // Most frequent main obstacle first; the units with none last.
    QList<int> types;
    for (int t = 0; t < io::kObstacleTypeCount; ++t) {
        if (m_figures.idleUnitsPerMainObstacle[size_t(t)] > 0)
            types << t;
    }
    std::stable_sort(types.begin(), types.end(), [this](int a, int b) {
        return m_figures.idleUnitsPerMainObstacle[size_t(a)] > m_figures.idleUnitsPerMainObstacle[size_t(b)];
    });
    labels.clear();
    tips.clear();
    values.clear();
    QVariantList typeData;
    for (const int t : std::as_const(types)) {
        const qint64 n = m_figures.idleUnitsPerMainObstacle[size_t(t)];
        const QString name = enumLabel(ObstacleType(t));
        labels << tr("%1 (%2)").arg(name, count(n));
        values << double(n);
        tips
            << tr("%1: %2 idle units; click for every idle unit with this open obstacle").arg(name, count(n));
        typeData << t;
    }
    labels << tr("No open obstacle (%1)").arg(count(m_figures.idleUnitsWithoutObstacle));
    values << double(m_figures.idleUnitsWithoutObstacle);
    tips << tr("%1 idle units without an open obstacle").arg(count(m_figures.idleUnitsWithoutObstacle));
    typeData << QVariant();
    BarChartView* obstacles = chart(Chart::MainObstacle);
    obstacles->setProperty("types", typeData);
    obstacles->setChartTitle(tr("Idle units by main obstacle (the one opened first)"));
    obstacles->setBars(labels, values, tips, countAxis);
}

void DashboardView::showCounties()
{
    QList<io::CountyFigures> counties = m_figures.counties;
    const auto measure = [this](const io::CountyFigures& c) -> double {
        switch (m_countyMeasure) {
        case CountyMeasure::Projects:
            return double(c.halfFinished);
        case CountyMeasure::IdleUnits:
            return double(c.idleUnits);
        case CountyMeasure::Remaining:
            break;
        }
        return double(c.remainingRial) / double(rialsPer(m_settings.moneyUnit));
    };
    std::stable_sort(
        counties.begin(), counties.end(),
        [&](const io::CountyFigures& a, const io::CountyFigures& b) { return measure(a) > measure(b); });
    if (counties.size() > kCountiesShown)
        counties.resize(kCountiesShown);
    m_shownCounties.clear();
    QStringList labels, tips;
    QList<double> values;
    for (const io::CountyFigures& c : std::as_const(counties)) {
        const QString name = pickName(m_settings, c.nameFa, c.nameEn);
        m_shownCounties << c.countyId;
        labels << name;
        values << measure(c);
        tips << tr("%1: %2 half-finished projects, %3 %4 remaining, %5 idle units")
                    .arg(name, count(c.halfFinished), money(c.remainingRial),
                         moneyUnitLabel(m_settings.moneyUnit), count(c.idleUnits));
    }
    BarChartView* view = chart(Chart::Counties);
    const int shown = int(counties.size());
    switch (m_countyMeasure) {
    case CountyMeasure::Remaining:
        view->setChartTitle(tr("Remaining investment of the half-finished projects, top %1 counties (%2)")
                                .arg(count(shown), moneyUnitLabel(m_settings.moneyUnit)));
        view->setBars(labels, values, tips, [this](double v) { return moneyAxis(v); });
        return;
    case CountyMeasure::Projects:
        view->setChartTitle(tr("Half-finished projects, top %1 counties").arg(count(shown)));
        break;
    case CountyMeasure::IdleUnits:
        view->setChartTitle(tr("Idle units, top %1 counties").arg(count(shown)));
        break;
    }
    view->setBars(labels, values, tips, [this](double v) { return count(qRound64(v)); });
}

void DashboardView::showReports()
{
    static const char* const seasons[] = {QT_TR_NOOP("Spring"), QT_TR_NOOP("Summer"), QT_TR_NOOP("Autumn"),
                                          QT_TR_NOOP("Winter")};
    QStringList labels, tips;
    QList<double> values;
    for (const io::ReportPeriod& p : std::as_const(m_figures.reportPeriods)) {
        const QString year = formatCountCell(m_settings, p.year).remove(QChar(0x066C)).remove(u',');
        const QString period = m_settings.calendar == CalendarKind::Jalali
                                   ? tr(seasons[std::clamp(p.quarter, 1, 4) - 1]) + u'\n' + year
                                   : tr("Q%1").arg(count(p.quarter)) + u'\n' + year;
        labels << period;
        values << double(p.reports);
        tips << tr("%1 to %2: %3 progress reports")
                    .arg(formatDateCell(m_settings, p.first), formatDateCell(m_settings, p.last),
                         count(p.reports));
    }
    BarChartView* view = chart(Chart::Reports);
    view->setChartTitle(m_figures.latestReport.isValid()
                            ? tr("Progress reports per quarter (latest %1)")
                                  .arg(formatDateCell(m_settings, m_figures.latestReport))
                            : tr("Progress reports per quarter (none yet)"));
    view->setBars(labels, values, tips, [this](double v) { return count(qRound64(v)); });
}

} // namespace ehya::gui
