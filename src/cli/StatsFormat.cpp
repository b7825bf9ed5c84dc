#include "StatsFormat.h"

#include "Cli.h"
#include "core/Digits.h"

#include <fmt/format.h>

#include <QList>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 rialsPerBillionToman = 10'000'000'000LL;

// Rials in billion toman with `decimals` places, rounded half away from zero, exact (no double).
std::string billionToman(Rials rials, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i) {
        scale *= 10;
    }
    const qint64 step = rialsPerBillionToman / scale;
    const bool negative = rials < 0;
    const qint64 magnitude = negative ? -rials : rials;
    const qint64 scaled = magnitude / step + ((magnitude % step) * 2 >= step ? 1 : 0);
    std::string text = fmt::format("{}{}", negative ? "-" : "", scaled / scale);
    if (decimals > 0) {
        text += fmt::format(".{:0{}}", scaled % scale, decimals);
    }
    return text;
}

QString grouped(qint64 value, bool persian)
{
    return formatInteger(value, persian ? Digits::Persian : Digits::Latin, true);
}

QString groupedBillionToman(Rials rials, bool persian)
{
    const QString text = QString::fromStdString(billionToman(rials, 1));
    const qsizetype dot = text.indexOf(u'.');
    bool ok = false;
    const qint64 whole = text.left(dot).toLongLong(&ok);
    return localDigits((rials < 0 && whole == 0 ? u"-"_s : QString()) + grouped(whole, false) + text.mid(dot),
                       persian);
}

struct Column
{
    QString header;
    std::function<QString(const storage::ProvinceStats&)> cell;
};

QString provinceName(const storage::ProvinceStats& s, bool persian)
{
    if (persian)
        return s.nameFa.isEmpty() ? s.nameEn : s.nameFa;
    return s.nameEn.isEmpty() ? s.nameFa : s.nameEn;
}

// A table: the first column left-aligned, the others right-aligned, a rule under the header and
// above the total row.
QString table(const QString& title, const storage::Stats& stats, const QList<Column>& columns)
{
    QList<QStringList> rows;
    rows.append(QStringList());
    for (const Column& column : columns) {
        rows.last().append(column.header);
    }
    const auto addRow = [&](const storage::ProvinceStats& s) {
        QStringList row;
        for (const Column& column : columns) {
            row.append(column.cell(s));
        }
        rows.append(row);
    };
    for (const storage::ProvinceStats& s : stats.provinces) {
        addRow(s);
    }
    addRow(stats.total);
    rows.last().first() = Text::tr("Total");

    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    }
    qsizetype lineWidth = 0;
    for (const qsizetype w : widths) {
        lineWidth += w + 2;
    }
    const QString rule(lineWidth - 2, u'-');
    QStringList lines{title, rule};
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString& cell = rows.at(r).at(c);
            cells.append(c == 0 ? cell.leftJustified(widths[c]) : cell.rightJustified(widths[c]));
        }
        if (r == rows.size() - 1) {
            lines.append(rule);
        }
        lines.append(cells.join(u"  "_s));
        if (r == 0) {
            lines.append(rule);
        }
    }
    return lines.join(u'\n');
}

} // namespace

QString statsTable(const storage::Stats& stats, bool persian)
{
    if (stats.provinces.isEmpty()) {
        return Text::tr("The database holds no projects and no idle units yet.");
    }
    const auto count = [persian](qint64 value) { return grouped(value, persian); };
    const auto name = [persian](const storage::ProvinceStats& s) { return provinceName(s, persian); };
    const QList<Column> projects{
        {Text::tr("Province"), name},
        {Text::tr("Half-finished"), [count](const auto& s) { return count(s.halfFinished); }},
        {Text::tr("A (75%+)"), [count](const auto& s) { return count(s.halfFinishedPerTier[0]); }},
        {Text::tr("B (50-75%)"), [count](const auto& s) { return count(s.halfFinishedPerTier[1]); }},
        {Text::tr("C (25-50%)"), [count](const auto& s) { return count(s.halfFinishedPerTier[2]); }},
        {Text::tr("D (<25%)"), [count](const auto& s) { return count(s.halfFinishedPerTier[3]); }},
        {Text::tr("Above 60%"), [count](const auto& s) { return count(s.halfFinishedAbove60); }},
        {Text::tr("Remaining (billion toman)"),
         [persian](const auto& s) { return groupedBillionToman(s.remainingRial, persian); }},
        {Text::tr("Remaining (rial)"), [count](const auto& s) { return count(s.remainingRial); }},
        {Text::tr("Planned jobs"), [count](const auto& s) { return count(s.plannedJobs); }},
    };
    const QList<Column> units{
        {Text::tr("Province"), name},
        {Text::tr("Idle units"), [count](const auto& s) { return count(s.units); }},
        {Text::tr("Candidates"), [count](const auto& s) { return count(s.unitsCandidate); }},
        {Text::tr("Eligible"), [count](const auto& s) { return count(s.unitsEligible); }},
        {Text::tr("Revived"), [count](const auto& s) { return count(s.unitsRevived); }},
        {Text::tr("By management change"),
         [count](const auto& s) { return count(s.unitsRevivedByManagementChange); }},
        {Text::tr("Jobs restorable (eligible)"),
         [count](const auto& s) { return count(s.jobsRestorableEligible); }},
        {Text::tr("Progress reports"), [count](const auto& s) { return count(s.progressReports); }},
        {Text::tr("Open obstacles"), [count](const auto& s) { return count(s.obstaclesOpen); }},
        {Text::tr("Actions"), [count](const auto& s) { return count(s.actions); }},
    };
    return table(Text::tr("Half-finished projects (under construction or stalled)"), stats, projects) +
           u"\n\n"_s +
           table(Text::tr("Idle units (candidates: idle or semi-active; eligible: with a market and "
                          "justified) and follow-up"),
                 stats, units);
}

namespace {

std::string jsonString(const QString& text)
{
    std::string out = "\"";
    for (const char c : text.toStdString()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string jsonProvince(const storage::ProvinceStats& s, const std::string& indent)
{
    const auto& tier = s.halfFinishedPerTier;
    std::string out = "{\n";
    const auto field = [&](const char* key, const std::string& value, bool last = false) {
        out += fmt::format("{}  \"{}\": {}{}\n", indent, key, value, last ? "" : ",");
    };
    const auto number = [](qint64 value) { return fmt::format("{}", value); };
    if (s.provinceId != 0) {
        field("id", number(s.provinceId));
        field("code", jsonString(s.code));
        field("name_fa", jsonString(s.nameFa));
        field("name_en", jsonString(s.nameEn));
    }
    field("projects", number(s.projects));
    field("half_finished", number(s.halfFinished));
    field("half_finished_per_tier",
          fmt::format("{{\"A\": {}, \"B\": {}, \"C\": {}, \"D\": {}}}", tier[0], tier[1], tier[2], tier[3]));
    field("half_finished_above_60", number(s.halfFinishedAbove60));
    field("remaining_rial", number(s.remainingRial));
    field("remaining_billion_toman", billionToman(s.remainingRial, 3));
    field("planned_jobs", number(s.plannedJobs));
    field("counties_with_projects", number(s.countiesWithProjects));
    field("units", number(s.units));
    field("units_candidate", number(s.unitsCandidate));
    field("units_eligible", number(s.unitsEligible));
    field("units_revived", number(s.unitsRevived));
    field("units_revived_by_management_change", number(s.unitsRevivedByManagementChange));
    field("jobs_restorable_eligible", number(s.jobsRestorableEligible));
    field("progress_reports", number(s.progressReports));
    field("obstacles_open", number(s.obstaclesOpen));
    field("actions", number(s.actions), true);
    return out + indent + "}";
}

} // namespace

QString statsJson(const storage::Stats& stats)
{
    std::string out = "{\n  \"provinces\": [";
    for (qsizetype i = 0; i < stats.provinces.size(); ++i) {
        out += (i == 0 ? "\n    " : ",\n    ") + jsonProvince(stats.provinces.at(i), "    ");
    }
    out += stats.provinces.isEmpty() ? "],\n" : "\n  ],\n";
    out += "  \"total\": " + jsonProvince(stats.total, "  ") + "\n}";
    return QString::fromStdString(out);
}

} // namespace ehya::cli
