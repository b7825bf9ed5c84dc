#include "ConflictFields.h"

#include "TableFormat.h"
#include "core/Enums.h"

#include <QCoreApplication>

namespace ehya::gui {

namespace {

QString label(const char* text)
{
    return QCoreApplication::translate("ehya::gui::ConflictFields", text);
}

// Collects the fields of two records through one formatter per field.
template <typename R> class Pairs
{
public:
    Pairs(const R& mine, const R& theirs, const DisplaySettings& s) : m_mine(mine), m_theirs(theirs), m_s(s)
    {
    }

    template <typename F> Pairs& add(const char* name, F format)
    {
        m_out.append({label(name), format(m_mine, m_s), format(m_theirs, m_s)});
        return *this;
    }
    QList<FieldVersions> take() { return std::move(m_out); }

private:
    const R& m_mine;
    const R& m_theirs;
    const DisplaySettings& m_s;
    QList<FieldVersions> m_out;
};

QString yesNo(bool value)
{
    return value ? label(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "yes"))
                 : label(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "no"));
}

QString money(const DisplaySettings& s, Rials rials)
{
    return formatMoneyCell(s, rials, true);
}

} // namespace

QList<FieldVersions> compareFields(const Project& mine, const Project& theirs, const DisplaySettings& s)
{
    using P = const Project&;
    using D = const DisplaySettings&;
    return Pairs<Project>(mine, theirs, s)
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Title"), [](P p, D) { return p.title; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Investor"), [](P p, D) { return p.investor; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Permit number"),
             [](P p, D) { return p.permitNo; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Permit date"),
             [](P p, D d) { return formatDateCell(d, p.permitDate); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Physical progress"),
             [](P p, D d) { return formatPercentCell(d, p.progress); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Invested"),
             [](P p, D d) { return money(d, p.investedRial); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Remaining investment"),
             [](P p, D d) { return money(d, p.remainingRial); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Planned jobs"),
             [](P p, D d) { return formatCountCell(d, p.plannedJobs); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Status"),
             [](P p, D) { return enumLabel(p.status); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Export-oriented"),
             [](P p, D) { return yesNo(p.exportOriented); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Expected completion"),
             [](P p, D d) { return formatDateCell(d, p.expectedCompletion); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "County (id)"),
             [](P p, D d) { return formatCountCell(d, p.countyId); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Sector (id)"),
             [](P p, D d) { return formatCountCell(d, p.sectorId); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Capacity"), [](P p, D) { return p.capacity; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Notes"), [](P p, D) { return p.notes; })
        .take();
}

QList<FieldVersions> compareFields(const IdleUnit& mine, const IdleUnit& theirs, const DisplaySettings& s)
{
    using U = const IdleUnit&;
    using D = const DisplaySettings&;
    return Pairs<IdleUnit>(mine, theirs, s)
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Name"), [](U u, D) { return u.name; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Operator"),
             [](U u, D) { return u.operatorName; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Licence number"),
             [](U u, D) { return u.licenceNo; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Status"),
             [](U u, D) { return enumLabel(u.status); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Idle since"),
             [](U u, D d) { return formatDateCell(d, u.idleSince); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Capacity in use"),
             [](U u, D d) { return formatPercentCell(d, u.capacityUse); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Jobs before idling"),
             [](U u, D d) { return formatCountCell(d, u.jobsBefore); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Restorable jobs"),
             [](U u, D d) { return formatCountCell(d, u.jobsRestorable); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Has a market"),
             [](U u, D) { return yesNo(u.hasMarket); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Justified"),
             [](U u, D) { return yesNo(u.justified); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Working capital"),
             [](U u, D d) { return money(d, u.workingCapitalRial); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Fixed capital"),
             [](U u, D d) { return money(d, u.fixedCapitalRial); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Revival path"),
             [](U u, D) { return enumLabel(u.revivalPath); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Notes"), [](U u, D) { return u.notes; })
        .take();
}

QList<FieldVersions> compareFields(const Obstacle& mine, const Obstacle& theirs, const DisplaySettings& s)
{
    using O = const Obstacle&;
    using D = const DisplaySettings&;
    return Pairs<Obstacle>(mine, theirs, s)
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Obstacle"),
             [](O o, D) { return enumLabel(o.type); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Description"),
             [](O o, D) { return o.description; })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Opened"),
             [](O o, D d) { return formatDateCell(d, o.opened); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Resolved"),
             [](O o, D d) { return formatDateCell(d, o.resolved); })
        .take();
}

QList<FieldVersions> compareFields(const Action& mine, const Action& theirs, const DisplaySettings& s)
{
    using A = const Action&;
    using D = const DisplaySettings&;
    return Pairs<Action>(mine, theirs, s)
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Action"),
             [](A a, D) { return enumLabel(a.type); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Status"),
             [](A a, D) { return enumLabel(a.status); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Started"),
             [](A a, D d) { return formatDateCell(d, a.started); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Finished"),
             [](A a, D d) { return formatDateCell(d, a.finished); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Amount"),
             [](A a, D d) { return money(d, a.amountRial); })
        .add(QT_TRANSLATE_NOOP("ehya::gui::ConflictFields", "Outcome"), [](A a, D) { return a.outcome; })
        .take();
}

} // namespace ehya::gui
