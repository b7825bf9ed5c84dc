#pragma once

#include "DisplaySettings.h"

#include <QChartView>
#include <QList>
#include <QStringList>

#include <functional>

class QAbstractBarSeries;
class QBarSet;

// One bar series in a chart, for the dashboard: the category labels and the value axis's labels
// are text made here (Persian digits, money in the display unit), since Qt Charts formats numbers
// with printf. Charts do not mirror themselves: in Persian the value axis stands on the right,
// columns read from right to left (the first category at the right) unless they are a time
// series, and horizontal bars grow from the right, their labels on the right. Horizontal bars
// list the first category at the top.
namespace ehya::gui {

class BarChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartView)

public:
    enum class Layout { Columns, TimeColumns, Bars };

    BarChartView(const DisplaySettings& settings, Layout layout, QWidget* parent = nullptr);
    ~BarChartView() override;

    void setChartTitle(const QString& title);
    // `values` aligned with `categories`; `labelValue` makes the text of a value (axis, tooltip).
    void setBars(const QStringList& categories, const QList<double>& values, const QStringList& tooltips,
                 const std::function<QString(double)>& labelValue);

    // What is drawn, in the order given to setBars (for the tests and accessibility).
    QStringList categories() const { return m_categories; }
    QList<double> values() const { return m_values; }
    QAbstractBarSeries* series() const { return m_series; }
    QBarSet* barSet() const { return m_set; } // negative values when the bars grow leftward
    QStringList axisLabels() const;           // the value axis's labels, lowest first
    // Click on bar `index` (order of setBars), as the series' click does.
    void clickBar(int index) { Q_EMIT barClicked(index); }

Q_SIGNALS:
    void barClicked(int index);

private:
    int drawnIndex(int index) const; // order of setBars <-> order drawn (the same both ways)
    bool leftward() const;           // horizontal bars growing from the right (Persian)
    void buildAxes(double top, const std::function<QString(double)>& labelValue);

    DisplaySettings m_settings;
    Layout m_layout;
    QAbstractBarSeries* m_series = nullptr;
    QBarSet* m_set = nullptr;
    QStringList m_categories;
    QList<double> m_values;
    QStringList m_tooltips;
};

} // namespace ehya::gui
