// The first page's charts, drawn with QPainter (Qt Charts needs widgets): per tier (per county for
// idle units) the number of items, their cost and their jobs, each bar split into funded and not
// funded when there is a budget. Groups run from the leading edge (tier A at the right in Persian).
#include "IoText.h"
#include "ReportCanvas.h"

#include <QMap>
#include <QPen>

#include <algorithm>
#include <array>

namespace ehya::io::report {

using namespace Qt::StringLiterals;

namespace {

struct Group
{
    QString label;
    std::array<qint64, 3> all{};    // items, cost, jobs
    std::array<qint64, 3> funded{}; // the same, funded
};

void add(Group& group, const engine::RankedItem& item, bool funded)
{
    const std::array<qint64, 3> values{1, item.cost, item.jobs};
    for (std::size_t k = 0; k < 3; ++k) {
        group.all[k] += values[k];
        if (funded)
            group.funded[k] += values[k];
    }
}

QList<Group> groups(const Canvas& canvas)
{
    const RankReport& report = canvas.report();
    const auto& items = report.ranking.items;
    QList<Group> out;
    if (report.ranking.kind == engine::Kind::Project) {
        for (const engine::Tier tier : {engine::Tier::A, engine::Tier::B, engine::Tier::C, engine::Tier::D}) {
            engine::RankedItem sample;
            sample.tier = tier;
            out << Group{IoText::tr("tier %1").arg(canvas.tier(sample)), {}, {}};
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (items[i].tier)
                add(out[static_cast<qsizetype>(*items[i].tier)], items[i], isFunded(report, i));
        }
        return out;
    }
    // Idle units: the counties with the most units, the rest together.
    const bool fa = canvas.content().language == ReportLanguage::Persian;
    QMap<QString, Group> byCounty;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& info = report.info[static_cast<qsizetype>(i)];
        const QString county = fa ? info.countyFa : info.countyEn;
        Group& g = byCounty[county];
        g.label = county;
        add(g, items[i], isFunded(report, i));
    }
    out = byCounty.values();
    std::stable_sort(out.begin(), out.end(),
                     [](const Group& a, const Group& b) { return a.all[0] > b.all[0]; });
    constexpr qsizetype kShown = 6;
    if (out.size() > kShown + 1) {
        Group rest{IoText::tr("others"), {}, {}};
        for (qsizetype g = kShown; g < out.size(); ++g) {
            for (std::size_t k = 0; k < 3; ++k) {
                rest.all[k] += out[g].all[k];
                rest.funded[k] += out[g].funded[k];
            }
        }
        out.resize(kShown);
        out << rest;
    }
    return out;
}

const QColor kFunded(0x2e, 0x7d, 0x32), kNotFunded(0xb0, 0xbe, 0xc5), kInk(0x33, 0x33, 0x33);

void paintPanel(Canvas& canvas, const QRectF& area, const QString& title, const QList<Group>& data,
                std::size_t k, bool money, bool plan)
{
    QPainter& p = canvas.painter();
    const QFont titleFont = canvas.font(10, true);
    const QFont label = canvas.font(8);
    const QFont value = canvas.font(8, true);
    const double titleHeight = canvas.lineHeight(titleFont) * 1.4;
    const double labelHeight = canvas.lineHeight(label) * 1.3;
    canvas.text(canvas.visual(QRectF(area.x(), area.y(), area.width(), titleHeight)), title, titleFont,
                Align::Center, QColor(0x1f, 0x3a, 0x5f));
    const double top = area.y() + titleHeight + labelHeight * 2; // room for the value labels
    const double base = area.bottom() - labelHeight * 2.2;       // group labels take up to two lines
    const double height = base - top;
    qint64 maximum = 1;
    for (const Group& g : data)
        maximum = std::max(maximum, g.all[k]);
    const double slot = area.width() / static_cast<double>(std::max<qsizetype>(1, data.size()));
    const double bar = std::min(slot * 0.6, 46.0);
    const auto text = [&canvas, money](qint64 v) {
        return money ? canvas.moneyNumber(v) : canvas.integer(v);
    };
    for (qsizetype g = 0; g < data.size(); ++g) {
        const Group& group = data[g];
        const double cx = area.x() + slot * (static_cast<double>(g) + 0.5);
        const double total = height * static_cast<double>(group.all[k]) / static_cast<double>(maximum);
        const double funded = height * static_cast<double>(group.funded[k]) / static_cast<double>(maximum);
        const QRectF whole = canvas.visual(QRectF(cx - bar / 2, base - total, bar, total));
        p.fillRect(whole, plan ? kNotFunded : QColor(0x5c, 0x7c, 0x9c));
        if (plan && funded > 0)
            p.fillRect(canvas.visual(QRectF(cx - bar / 2, base - funded, bar, funded)), kFunded);
        // The total above the bar; with a plan, the funded part (when any) in green above it.
        canvas.text(canvas.visual(QRectF(cx - slot / 2, base - total - labelHeight, slot, labelHeight)),
                    text(group.all[k]), value, Align::Center, kInk);
        if (plan && group.funded[k] > 0)
            canvas.text(
                canvas.visual(QRectF(cx - slot / 2, base - total - 2 * labelHeight, slot, labelHeight)),
                text(group.funded[k]), label, Align::Center, kFunded);
        canvas.wrappedText(canvas.visual(QRectF(cx - slot / 2 + 1, base + 2, slot - 2, 2 * labelHeight)),
                           group.label, label, kInk);
    }
    p.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.6));
    p.drawLine(QPointF(area.x(), base), QPointF(area.right(), base));
}

} // namespace

void paintCharts(Canvas& canvas, const QRectF& area)
{
    const RankReport& report = canvas.report();
    if (report.ranking.items.empty()) {
        canvas.text(canvas.visual(QRectF(area.x(), area.y(), area.width(), 24)),
                    IoText::tr("No item is eligible: the list is empty."), canvas.font(11));
        return;
    }
    const bool plan = report.plan.has_value();
    const QList<Group> data = groups(canvas);
    const bool projects = report.ranking.kind == engine::Kind::Project;

    // The legend.
    const QFont legend = canvas.font(8);
    const double legendHeight = canvas.lineHeight(legend) * 1.6;
    double x = 0;
    const auto key = [&](const QColor& color, const QString& text) {
        canvas.painter().fillRect(canvas.visual(QRectF(x, area.y() + legendHeight / 2 - 4, 8, 8)), color);
        const double w = canvas.textWidth(legend, text) + 4;
        canvas.text(canvas.visual(QRectF(x + 11, area.y(), w, legendHeight)), text, legend, Align::Leading,
                    kInk);
        x += 11 + w + 14;
    };
    if (plan) {
        key(kFunded, IoText::tr("funded"));
        key(kNotFunded, IoText::tr("not funded"));
    }
    if (projects) {
        const engine::TierThresholds& t = report.scenario.tiers;
        engine::RankedItem a, b, c, d;
        a.tier = engine::Tier::A, b.tier = engine::Tier::B, c.tier = engine::Tier::C,
        d.tier = engine::Tier::D;
        key(Qt::transparent,
            IoText::tr("Tiers by progress: %1 from %2%, %3 from %4%, %5 from %6%, %7 below.")
                .arg(canvas.tier(a), canvas.decimal(t.t1, 1), canvas.tier(b), canvas.decimal(t.t2, 1),
                     canvas.tier(c), canvas.decimal(t.t3, 1), canvas.tier(d)));
    }

    const QRectF charts(area.x(), area.y() + legendHeight, area.width(), area.height() - legendHeight);
    const double gap = 24;
    const double width = (charts.width() - 2 * gap) / 3;
    const QString unit = canvas.moneyUnitName();
    const QStringList titles{projects ? IoText::tr("Projects per tier") : IoText::tr("Units per county"),
                             (projects ? IoText::tr("Remaining investment per tier (%1)")
                                       : IoText::tr("Restart cost per county (%1)"))
                                 .arg(unit),
                             projects ? IoText::tr("Jobs per tier") : IoText::tr("Jobs per county")};
    for (std::size_t k = 0; k < 3; ++k) {
        const double left = charts.x() + static_cast<double>(k) * (width + gap);
        paintPanel(canvas, QRectF(left, charts.y(), width, charts.height()),
                   titles[static_cast<qsizetype>(k)], data, k, k == 1, plan);
    }
}

} // namespace ehya::io::report
