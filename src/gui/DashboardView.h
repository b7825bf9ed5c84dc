#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "io/Dashboard.h"
#include "io/ListFilter.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ehya::storage {
class Database;
}

// The manager's view of a province (or of every province): headline figures and the current
// plan as figure cards, and charts of the half-finished projects per tier, the idle units by
// status and by main obstacle, the counties side by side and the progress reports over time
// (io::computeDashboard). Clicking a bar asks for the matching filtered list (openList).
namespace ehya::gui {

class BarChartView;

class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    // The figure cards, in the order shown; their value labels are named "card.<key>".
    enum class Card {
        HalfFinished,
        Remaining,
        PlannedJobs,
        IdleUnits,
        EligibleUnits,
        JobsRestorable,
        OpenObstacles,
        Operational,
        Revived,
        Plan
    };
    // The charts; named "chart.<key>".
    enum class Chart { TierProjects, TierRemaining, TierJobs, UnitStatus, MainObstacle, Counties, Reports };
    enum class CountyMeasure { Remaining, Projects, IdleUnits };

    explicit DashboardView(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~DashboardView() override;

    // The database and its provinces, showing `province` (0 or an unknown id: every province);
    // null clears the view. The figures are read again now if the view is shown, else when it is
    // next shown.
    void setDatabase(storage::Database* db, const QList<Province>& provinces, Id province = 0);
    void setProvince(Id provinceId); // 0: every province
    Id provinceId() const;
    void setCountyMeasure(CountyMeasure measure);

    const io::DashboardFigures& figures() const { return m_figures; }
    const io::PlanHeadline& plan() const { return m_plan; }
    BarChartView* chart(Chart which) const { return m_charts.value(int(which)); }
    QLabel* cardValue(Card which) const;
    QString asOfText() const;

    // The ids of the counties the counties chart shows, in its order (top first).
    QList<Id> shownCounties() const { return m_shownCounties; }

public Q_SLOTS:
    // The figures are stale (a record changed): read again now if shown, else when next shown.
    void invalidate();
    void refresh();
    // The ranking view's current plan; an invalid headline clears the plan card.
    void setPlan(const io::PlanHeadline& plan);

Q_SIGNALS:
    // The list of this kind, filtered as given, should be shown.
    void openList(OwnerKind kind, const io::ListFilter& filter);
    void refreshFailed(const QString& message);
    void provinceChanged(Id provinceId); // chosen in the combo

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildCards();
    QWidget* buildCharts();
    void addCard(QWidget* parent, Card which, const char* key, const QString& caption);
    void showFigures();
    void showTierCharts();
    void showUnitCharts();
    void showCounties();
    void showReports();
    void showPlan();
    void openTier(int tier);
    io::ListFilter baseFilter() const;
    QString count(qint64 value) const;
    QString money(Rials rials) const;
    QString moneyAxis(double units) const;

    DisplaySettings m_settings;
    storage::Database* m_db = nullptr;
    io::DashboardFigures m_figures;
    io::PlanHeadline m_plan;
    bool m_stale = true;
    CountyMeasure m_countyMeasure = CountyMeasure::Remaining;
    QList<Id> m_shownCounties;
    QComboBox* m_province = nullptr;
    QComboBox* m_measure = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_planCaption = nullptr;
    QHash<int, QLabel*> m_cards;
    QHash<int, BarChartView*> m_charts;
};

} // namespace ehya::gui
