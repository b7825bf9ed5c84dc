#include "BarChartView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ehya::gui {

namespace {

// A round step that cuts [0, top] into about four parts: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double top)
{
    const double raw = top / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

BarChartView::BarChartView(const DisplaySettings& settings, Layout layout, QWidget* parent)
    : QChartView(parent), m_settings(settings), m_layout(layout)
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    // Horizontal bars: room at both ends for the value axis's first and last labels, which stand
    // centred on the ends of the axis.
    chart->setMargins(layout == Layout::Bars ? QMargins(16, 2, 16, 2) : QMargins(2, 2, 2, 2));
    chart->setBackgroundBrush(palette().base());
    QFont title = font();
    title.setBold(true);
    chart->setTitleFont(title);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    // Qt Charts lays out in its own direction; the reading side is chosen per axis below.
    setLayoutDirection(Qt::LeftToRight);

    m_set = new QBarSet(QString(), this);
    m_set->setColor(palette().highlight().color());
    m_set->setBorderColor(palette().highlight().color());
    if (layout == Layout::Bars)
        m_series = new QHorizontalBarSeries(chart);
    else
        m_series = new QBarSeries(chart);
    m_series->setBarWidth(0.6);
    m_series->append(m_set);
    chart->addSeries(m_series);
    connect(m_set, &QBarSet::clicked, this, [this](int drawn) { Q_EMIT barClicked(drawnIndex(drawn)); });
    connect(m_set, &QBarSet::hovered, this, [this](bool on, int drawn) {
        const int index = drawnIndex(drawn);
        if (on && index >= 0 && index < m_tooltips.size())
            QToolTip::showText(QCursor::pos(), m_tooltips.at(index), this);
        else
            QToolTip::hideText();
    });
    setCursor(Qt::PointingHandCursor);
}

BarChartView::~BarChartView() = default;

void BarChartView::setChartTitle(const QString& title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

bool BarChartView::leftward() const
{
    return m_layout == Layout::Bars && m_settings.persian();
}

int BarChartView::drawnIndex(int index) const
{
    const bool reversed = m_layout == Layout::Bars || (m_layout == Layout::Columns && m_settings.persian());
    return reversed ? int(m_categories.size()) - 1 - index : index;
}

void BarChartView::setBars(const QStringList& categories, const QList<double>& values,
                           const QStringList& tooltips, const std::function<QString(double)>& labelValue)
{
    m_categories = categories;
    m_values = values;
    m_tooltips = tooltips;
    QStringList drawnCategories;
    QList<qreal> drawnValues;
    double top = 0;
    for (int i = 0; i < int(categories.size()); ++i) {
        const int at = drawnIndex(i);
        // Axis labels are rich text: a line break is <br>.
        drawnCategories << categories.at(at).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        drawnValues << (leftward() ? -values.value(at) : values.value(at));
        top = std::max(top, values.value(at));
    }
    m_set->remove(0, m_set->count());
    m_set->append(drawnValues);
    buildAxes(top, labelValue);
    auto* axis = new QBarCategoryAxis(chart());
    axis->append(drawnCategories);
    axis->setGridLineVisible(false);
    axis->setTruncateLabels(false);
    axis->setLabelsFont(font());
    const bool bars = m_layout == Layout::Bars;
    const Qt::Alignment side =
        bars ? (m_settings.persian() ? Qt::AlignRight : Qt::AlignLeft) : Qt::AlignBottom;
    chart()->addAxis(axis, side);
    m_series->attachAxis(axis);
}

void BarChartView::buildAxes(double top, const std::function<QString(double)>& labelValue)
{
    for (QAbstractAxis* old : chart()->axes()) {
        chart()->removeAxis(old);
        delete old;
    }
    const double step = top > 0 ? niceStep(top) : 1.0;
    const double end = top > 0 ? std::ceil(top / step - 1e-9) * step : 1.0;
    auto* axis = new QCategoryAxis(chart());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false);
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    axis->setLabelsFont(small);
    axis->setGridLinePen(QPen(palette().midlight().color()));
    // Bars that grow from the right are drawn as negative values on [-end, 0], labelled without the
    // sign (a reversed axis would lose its far label).
    const double sign = leftward() ? -1.0 : 1.0;
    // Qt Charts hides a label that sticks out on the left of the axis: a little room there.
    const double low = sign < 0 ? -end * 1.04 : 0.0;
    axis->setRange(low, std::max(0.0, sign * end));
    axis->setStartValue(low - end * 1e-6); // the first category's end labels the low end
    QList<double> ticks;
    for (int i = 0; i * step <= end + step * 1e-9; ++i)
        ticks << i * step;
    if (sign < 0)
        std::reverse(ticks.begin(), ticks.end());
    QStringList seen;
    for (const double tick : std::as_const(ticks)) {
        const QString label = labelValue(tick);
        if (seen.contains(label))
            continue;
        seen << label;
        axis->append(label, sign * tick);
    }
    if (m_layout == Layout::Bars)
        chart()->addAxis(axis, Qt::AlignBottom);
    else
        chart()->addAxis(axis, m_settings.persian() ? Qt::AlignRight : Qt::AlignLeft);
    m_series->attachAxis(axis);
}

QStringList BarChartView::axisLabels() const
{
    for (QAbstractAxis* axis : chart()->axes()) {
        if (auto* values = qobject_cast<QCategoryAxis*>(axis))
            return values->categoriesLabels();
    }
    return {};
}

} // namespace ehya::gui
