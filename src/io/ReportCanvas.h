#pragma once

#include "io/ReportPdf.h"

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

// Internal to the report (ReportPdf.cpp, ReportTable.cpp, ReportCharts.cpp): a painter whose unit
// is the typographic point, with the report's language — direction, digits, money unit — so the
// parts draw in logical terms ("leading", "trailing") and the canvas mirrors them in Persian.
namespace ehya::io::report {

enum class Align { Leading, Center, Trailing };

class Canvas final
{
public:
    Canvas(QPainter& painter, const ReportContent& content, QSizeF pageSize);

    QPainter& painter() { return m_painter; }
    const ReportContent& content() const { return m_content; }
    const RankReport& report() const { return m_content.report; }
    bool rtl() const { return m_rtl; }
    QRectF page() const { return {QPointF(0, 0), m_size}; } // in points, inside the margins

    QFont font(int points, bool bold = false) const;
    double lineHeight(const QFont& font) const;
    double textWidth(const QFont& font, const QString& text) const;

    // A rectangle given with x measured from the leading edge (left in English, right in Persian).
    QRectF visual(const QRectF& logical) const;
    // Text in a rectangle in visual coordinates, aligned in logical terms; elided to fit.
    void text(const QRectF& rect, const QString& text, const QFont& font, Align align = Align::Leading,
              const QColor& color = Qt::black);

    // Text that may take two lines (a chart's group label): wrapped at spaces, elided only when a
    // single word does not fit.
    void wrappedText(const QRectF& rect, const QString& text, const QFont& font,
                     const QColor& color = Qt::black);

    QString integer(qint64 value) const;
    QString decimal(double value, int decimals) const; // trailing zeros dropped
    QString fixed(double value, int decimals) const;   // always `decimals` places (table columns)
    QString money(qint64 rials) const;                 // in the chosen unit, with the unit's name
    QString moneyNumber(qint64 rials) const;           // in the chosen unit, no name, for charts
    QString moneyColumn(qint64 rials) const;           // the same with fixed places, for a table column
    QString moneyUnitName() const;
    QString tier(const engine::RankedItem& item) const; // A-D or الف ب ج د; "" for units
    QString date(const QDate& date) const;

private:
    QPainter& m_painter;
    const ReportContent& m_content;
    QSizeF m_size;
    bool m_rtl = false;
    QString m_family;
};

// The report's running sums, read once.
std::vector<qint64> cumulativeCosts(const RankReport& report);
bool isFunded(const RankReport& report, std::size_t i);

// The first page's figures and charts, below y = `top`; returns nothing (it fits one page).
void paintCharts(Canvas& canvas, const QRectF& area);

// The table: how many rows fit below its header in `height` points, and one page of rows.
int tableRowsPerPage(const Canvas& canvas, double height);
void paintTablePage(Canvas& canvas, const QRectF& area, std::size_t first, std::size_t count,
                    const std::vector<qint64>& cumulative);

} // namespace ehya::io::report
