#include "ProgressChart.h"

#include "TableFormat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ehya::gui {

namespace {

constexpr int kMaxDateLabels = 4;

QCategoryAxis* categoryAxis(QChart* chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis*>(axes.constFirst());
}

void clearCategories(QCategoryAxis* axis)
{
    const QStringList labels = axis->categoriesLabels();
    for (const QString& label : labels)
        axis->remove(label);
}

// Up to kMaxDateLabels days, spread over [first, last], that become the x axis labels.
QList<qint64> labelDays(const QList<ProgressReport>& reports)
{
    QList<qint64> days;
    for (const ProgressReport& r : reports)
        if (days.isEmpty() || days.constLast() != r.date.toJulianDay())
            days << r.date.toJulianDay();
    if (days.size() <= kMaxDateLabels)
        return days;
    const qint64 first = days.constFirst();
    const qint64 last = days.constLast();
    QList<qint64> out;
    for (int i = 0; i < kMaxDateLabels; ++i) {
        const qint64 day = first + qRound64(double(last - first) * i / (kMaxDateLabels - 1));
        if (out.isEmpty() || day > out.constLast())
            out << day;
    }
    return out;
}

} // namespace

ProgressChart::ProgressChart(const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(tr("No progress reports yet"), m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false); // greyed, like a placeholder text
    m_stack->addWidget(m_empty);

    buildChart();
    setAccessibleName(tr("Progress over time"));
    setReports({});
}

ProgressChart::~ProgressChart() = default;

void ProgressChart::buildChart()
{
    m_chart = new QChart();
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundBrush(palette().base());

    m_line = new QLineSeries(m_chart);
    QPen linePen(palette().highlight().color(), 2);
    m_line->setPen(linePen);
    m_points = new QScatterSeries(m_chart);
    m_points->setMarkerSize(7);
    m_points->setColor(palette().highlight().color());
    m_points->setBorderColor(palette().base().color());

    QPen faint(palette().mid().color(), 1, Qt::DashLine);
    for (int i = 0; i < 3; ++i) {
        auto* threshold = new QLineSeries(m_chart);
        threshold->setPen(faint);
        m_thresholds << threshold;
        m_chart->addSeries(threshold);
    }
    m_chart->addSeries(m_line);
    m_chart->addSeries(m_points);

    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() * 0.85));
    auto* x = new QCategoryAxis(m_chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
    auto* y = new QCategoryAxis(m_chart);
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setLabelsFont(small);
    y->setRange(0, 100);
    y->setStartValue(-0.001);    // a category ending at 0 labels the axis origin
    y->setTruncateLabels(false); // Qt Charts elides labels to "..." when the chart is small
    x->setTruncateLabels(false);
    const QString sign =
        m_settings.digits == Digits::Persian ? QStringLiteral("\u066A") : QStringLiteral("%");
    for (int percent = 0; percent <= 100; percent += 25)
        y->append(formatCountCell(m_settings, percent) + sign, percent);
    QPen grid(palette().midlight().color());
    y->setGridLinePen(grid);
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, m_settings.persian() ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries* series : m_chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }

    m_view = new QChartView(m_chart, m_stack);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(160, 90); // the page shares the window with the list: let it shrink
    m_view->setMinimumSize(160, 90);
    // Time runs left to right in both languages; only the percent axis moves to the reading side.
    m_view->setLayoutDirection(Qt::LeftToRight);
    m_view->setAccessibleName(tr("Progress chart"));
    m_stack->addWidget(m_view);

    connect(m_points, &QScatterSeries::hovered, this, [this](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDate date = QDate::fromJulianDay(qint64(std::llround(point.x())));
        QToolTip::showText(QCursor::pos(), formatDateCell(m_settings, date) + QStringLiteral(": ") +
                                               formatPercentCell(m_settings, point.y()));
    });
}

void ProgressChart::setReports(const QList<ProgressReport>& reports)
{
    QList<ProgressReport> sorted;
    for (const ProgressReport& r : reports)
        if (r.date.isValid())
            sorted << r;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ProgressReport& a, const ProgressReport& b) { return a.date < b.date; });

    QList<QPointF> points;
    for (const ProgressReport& r : sorted)
        points << QPointF(double(r.date.toJulianDay()), r.percent);
    m_line->replace(points);
    m_points->replace(points);

    QCategoryAxis* x = categoryAxis(m_chart, Qt::Horizontal);
    clearCategories(x);
    if (points.isEmpty()) {
        for (QLineSeries* t : std::as_const(m_thresholds))
            t->clear();
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const double first = points.constFirst().x();
    const double last = points.constLast().x();
    // Room on both sides for the first and last date labels (at least two weeks in all).
    const double pad = std::max(7.0, (last - first) * 0.06);
    x->setRange(first - pad, last + pad);
    x->setStartValue(first - pad);
    for (qint64 day : labelDays(sorted))
        x->append(formatDateCell(m_settings, QDate::fromJulianDay(day)), double(day));

    const double levels[] = {m_settings.tiers.t1, m_settings.tiers.t2, m_settings.tiers.t3};
    for (int i = 0; i < m_thresholds.size(); ++i)
        m_thresholds.at(i)->replace({QPointF(first - pad, levels[i]), QPointF(last + pad, levels[i])});
    m_stack->setCurrentWidget(m_view);
}

bool ProgressChart::isEmpty() const
{
    return m_line->count() == 0;
}

int ProgressChart::pointCount() const
{
    return m_line->count();
}

QStringList ProgressChart::dateLabels() const
{
    QCategoryAxis* x = categoryAxis(m_chart, Qt::Horizontal);
    return x ? x->categoriesLabels() : QStringList();
}

} // namespace ehya::gui
