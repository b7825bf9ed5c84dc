#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QStackedWidget;

// Physical progress of a project over time: one point per progress report, y 0–100 %, the x axis
// labelled with dates in the user's calendar (Jalali in Persian: QDateTimeAxis can only do
// Gregorian, so the labels are our own on a category axis), the tier thresholds as faint lines.
// With no report it says so instead of drawing empty axes.
namespace ehya::gui {

class ProgressChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressChart)

public:
    explicit ProgressChart(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~ProgressChart() override;

    void setReports(const QList<ProgressReport>& reports);
    void clear() { setReports({}); }

    bool isEmpty() const;
    int pointCount() const;
    QLineSeries* series() const { return m_line; }
    QStringList dateLabels() const; // the x axis labels, left to right
    QChart* chart() const { return m_chart; }

    QSize sizeHint() const override { return {420, 220}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

private:
    void buildChart();

    DisplaySettings m_settings;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_empty = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLineSeries* m_line = nullptr;
    QScatterSeries* m_points = nullptr;
    QList<QLineSeries*> m_thresholds;
};

} // namespace ehya::gui
