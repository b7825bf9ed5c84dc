// The ranked table of the report: columns from the leading edge (rank first, at the right in
// Persian), the header repeated on every page, funded rows shaded, tiers as coloured bands.
#include "IoText.h"
#include "ReportCanvas.h"
#include "TierPalette.h"

#include <QPen>

#include <algorithm>
#include <functional>

namespace ehya::io::report {

using namespace Qt::StringLiterals;

namespace {

constexpr int kBodyPoints = 8;
constexpr int kHeaderPoints = 8;

struct Column
{
    QString heading;
    double width = 0; // points; 0: takes what is left
    Align align = Align::Trailing;
    std::function<QString(std::size_t)> cell;
    enum class Look { Plain, TierBand, FundedMark } look = Look::Plain;
};

QColor tierColor(const engine::RankedItem& item)
{
    return item.tier ? tierColours(*item.tier).dark : QColor(0x9e, 0x9e, 0x9e); // units: no tier
}

QList<Column> columns(const Canvas& canvas, const std::vector<qint64>* cumulative, double width)
{
    const RankReport& report = canvas.report();
    const bool projects = report.ranking.kind == engine::Kind::Project;
    const Digits digits = canvas.content().digits;
    const bool fa = canvas.content().language == ReportLanguage::Persian;
    const auto item = [&report](std::size_t i) -> const engine::RankedItem& {
        return report.ranking.items[i];
    };
    const auto info = [&report](std::size_t i) -> const RankRowInfo& {
        return report.info[static_cast<qsizetype>(i)];
    };
    const QString unit = u"\n("_s + canvas.moneyUnitName() + u')';
    QList<Column> out;
    out << Column{IoText::tr("Rank"), 34, Align::Center,
                  [&canvas, item](std::size_t i) { return canvas.integer(item(i).rank); }};
    if (projects)
        out << Column{IoText::tr("Tier"), 30, Align::Center,
                      [&canvas, item](std::size_t i) { return canvas.tier(item(i)); },
                      Column::Look::TierBand};
    out << Column{IoText::tr("Code"), 72, Align::Leading,
                  [info, digits](std::size_t i) { return withDigits(info(i).code, digits); }};
    out << Column{projects ? IoText::tr("Project") : IoText::tr("Unit"), 0, Align::Leading,
                  [info, digits](std::size_t i) { return withDigits(info(i).title, digits); }};
    out << Column{IoText::tr("County"), 80, Align::Leading,
                  [info, fa](std::size_t i) { return fa ? info(i).countyFa : info(i).countyEn; }};
    if (projects)
        out << Column{IoText::tr("Progress\n(%)"), 44, Align::Trailing,
                      [&canvas, info](std::size_t i) { return canvas.fixed(info(i).progress, 1); }};
    out << Column{IoText::tr("Score"), 38, Align::Trailing,
                  [&canvas, item](std::size_t i) { return canvas.fixed(item(i).score, 1); }};
    out << Column{IoText::tr("Cost") + unit, 64, Align::Trailing,
                  [&canvas, item](std::size_t i) { return canvas.moneyColumn(item(i).cost); }};
    out << Column{IoText::tr("Cumulative cost") + unit, 72, Align::Trailing,
                  [&canvas, cumulative](std::size_t i) {
                      return cumulative ? canvas.moneyColumn((*cumulative)[i]) : QString();
                  }};
    out << Column{IoText::tr("Jobs"), 42, Align::Trailing,
                  [&canvas, item](std::size_t i) { return canvas.integer(item(i).jobs); }};
    if (report.plan)
        out << Column{
            IoText::tr("Funded"), 44, Align::Center,
            [&report](std::size_t i) { return isFunded(report, i) ? IoText::tr("yes") : QString(); },
            Column::Look::FundedMark};

    double fixed = 0;
    for (const Column& c : out)
        fixed += c.width;
    // The title keeps at least a quarter of the width; on a narrow page the others shrink.
    const double minimum = width * 0.25;
    const double factor = fixed + minimum > width ? (width - minimum) / fixed : 1.0;
    for (Column& c : out)
        c.width *= factor;
    for (Column& c : out) {
        if (c.width == 0)
            c.width = width - std::min(fixed * factor, width - minimum);
    }
    return out;
}

double rowHeight(const Canvas&)
{
    return kBodyPoints * 1.75; // Vazirmatn's line is tall (1.3 em): a fixed pitch reads evenly
}

double headerHeight(const Canvas& canvas)
{
    return canvas.lineHeight(canvas.font(kHeaderPoints, true)) * 2 + 4;
}

} // namespace

int tableRowsPerPage(const Canvas& canvas, double height)
{
    return static_cast<int>((height - headerHeight(canvas)) / rowHeight(canvas));
}

void paintTablePage(Canvas& canvas, const QRectF& area, std::size_t first, std::size_t count,
                    const std::vector<qint64>& cumulative)
{
    QPainter& p = canvas.painter();
    const QList<Column> cols = columns(canvas, &cumulative, area.width());
    const double head = headerHeight(canvas);
    const double row = rowHeight(canvas);
    const QFont headerFont = canvas.font(kHeaderPoints, true);
    const QFont body = canvas.font(kBodyPoints);
    const QFont bodyBold = canvas.font(kBodyPoints, true);
    const double pad = 3;

    // The header, repeated on every page.
    p.fillRect(canvas.visual(QRectF(area.x(), area.y(), area.width(), head)), QColor(0x1f, 0x3a, 0x5f));
    double x = area.x();
    for (const Column& c : cols) {
        const QRectF cell(x + pad, area.y(), c.width - 2 * pad, head);
        // Two lines at most: the heading and the unit.
        const QStringList lines = c.heading.split(u'\n');
        const double lineHeight = head / 2 - 2;
        const double top = area.y() + (head - lineHeight * static_cast<double>(lines.size())) / 2;
        for (qsizetype l = 0; l < lines.size(); ++l)
            canvas.text(canvas.visual(QRectF(cell.x(), top + static_cast<double>(l) * lineHeight,
                                             cell.width(), lineHeight)),
                        lines[l], l == 0 ? headerFont : canvas.font(kHeaderPoints - 1), Align::Center,
                        Qt::white);
        x += c.width;
    }

    const RankReport& report = canvas.report();
    const QColor fundedFill(0xe3, 0xf2, 0xe4), stripe(0xf5, 0xf5, 0xf5);
    double y = area.y() + head;
    for (std::size_t i = first; i < first + count; ++i) {
        const bool funded = isFunded(report, i);
        const QRectF line = canvas.visual(QRectF(area.x(), y, area.width(), row));
        if (funded)
            p.fillRect(line, fundedFill);
        else if ((i - first) % 2 == 1)
            p.fillRect(line, stripe);
        x = area.x();
        for (const Column& column : cols) {
            const bool tierCell = column.look == Column::Look::TierBand;
            if (tierCell) // the tier as a coloured band
                p.fillRect(canvas.visual(QRectF(x + 2, y + 1, column.width - 4, row - 2)),
                           tierColor(report.ranking.items[i]));
            const bool fundedCell = column.look == Column::Look::FundedMark;
            canvas.text(canvas.visual(QRectF(x + pad, y, column.width - 2 * pad, row)), column.cell(i),
                        tierCell || fundedCell ? bodyBold : body, column.align,
                        tierCell     ? Qt::white
                        : fundedCell ? QColor(0x2e, 0x7d, 0x32)
                                     : Qt::black);
            x += column.width;
        }
        p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.4));
        p.drawLine(QPointF(area.x(), y + row), QPointF(area.x() + area.width(), y + row));
        y += row;
    }
    // The frame and the column rules.
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.6));
    const double bottom = y;
    p.drawRect(QRectF(area.x(), area.y(), area.width(), bottom - area.y()));
    x = area.x();
    for (qsizetype c = 0; c + 1 < cols.size(); ++c) {
        x += cols[c].width;
        const QRectF rule = canvas.visual(QRectF(x, area.y() + head, 0, bottom - area.y() - head));
        p.drawLine(rule.topLeft(), rule.bottomLeft());
    }
}

} // namespace ehya::io::report
