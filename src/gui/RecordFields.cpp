#include "RecordFields.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "core/Money.h"

#include <QFormLayout>
#include <QLabel>

namespace ehya::gui {

namespace {

class Rows
{
public:
    Rows(QFormLayout* form, const DisplaySettings& settings) : m_form(form), m_settings(settings) {}

    void add(const QString& label, const QString& value)
    {
        auto* field = new QLabel(value.isEmpty() ? QStringLiteral("\u2014") : value);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        field->setTextFormat(Qt::PlainText);
        field->setAccessibleName(label);
        // Aligned on the page's reading side whatever the script of the value ("951403152" in
        // Persian, a Persian investor's name in English).
        field->setAlignment(leadingAlignment(m_settings));
        if (value.isEmpty())
            field->setEnabled(false); // greyed dash: nothing recorded
        m_form->addRow(label + QStringLiteral(":"), field);
    }

private:
    QFormLayout* m_form;
    const DisplaySettings& m_settings;
};

QString money(const DisplaySettings& s, Rials rials)
{
    return formatMoneyCell(s, rials, true);
}

QString yesNo(bool value)
{
    return value ? RecordFields::tr("Yes") : RecordFields::tr("No");
}

QString place(const QHash<Id, QString>& table, Id id)
{
    return id == 0 ? QString() : table.value(id, QString::number(id));
}

} // namespace

Qt::Alignment leadingAlignment(const DisplaySettings& settings)
{
    return Qt::AlignAbsolute | Qt::AlignVCenter | (settings.persian() ? Qt::AlignRight : Qt::AlignLeft);
}

void RecordFields::clear(QFormLayout* form)
{
    while (form->rowCount() > 0)
        form->removeRow(0);
}

void RecordFields::fillProject(QFormLayout* form, const Project& p, const DisplaySettings& s,
                               const ReferenceNames& names)
{
    clear(form);
    Rows rows(form, s);
    rows.add(tr("Province"), place(names.provinces, p.provinceId));
    rows.add(tr("County"), place(names.counties, p.countyId));
    rows.add(tr("Industrial estate"), place(names.estates, p.estateId));
    rows.add(tr("Sector"), place(names.sectors, p.sectorId));
    rows.add(tr("Investor"), p.investor);
    rows.add(tr("Permit number"), p.permitNo);
    rows.add(tr("Permit date"), formatDateCell(s, p.permitDate));
    rows.add(tr("Permit expiry"), formatDateCell(s, p.permitExpiry));
    rows.add(tr("Physical progress"),
             tr("%1 (tier %2)")
                 .arg(formatPercentCell(s, p.progress), tierLabel(s, engine::tierOf(p.progress, s.tiers))));
    rows.add(tr("Invested so far"), money(s, p.investedRial));
    rows.add(tr("Remaining investment"), money(s, p.remainingRial));
    rows.add(tr("Planned jobs"), formatCountCell(s, p.plannedJobs));
    rows.add(tr("Capacity"), p.capacity);
    rows.add(tr("Status"), enumLabel(p.status));
    rows.add(tr("Export-oriented"), yesNo(p.exportOriented));
    rows.add(tr("Expected completion"), formatDateCell(s, p.expectedCompletion));
    rows.add(tr("Notes"), p.notes);
}

void RecordFields::fillUnit(QFormLayout* form, const IdleUnit& u, const DisplaySettings& s,
                            const ReferenceNames& names)
{
    clear(form);
    Rows rows(form, s);
    rows.add(tr("Province"), place(names.provinces, u.provinceId));
    rows.add(tr("County"), place(names.counties, u.countyId));
    rows.add(tr("Industrial estate"), place(names.estates, u.estateId));
    rows.add(tr("Sector"), place(names.sectors, u.sectorId));
    rows.add(tr("Operator"), u.operatorName);
    rows.add(tr("Licence number"), u.licenceNo);
    rows.add(tr("Status"), enumLabel(u.status));
    rows.add(tr("Idle since"), formatDateCell(s, u.idleSince));
    rows.add(tr("Capacity in use"), formatPercentCell(s, u.capacityUse));
    rows.add(tr("Jobs before"), formatCountCell(s, u.jobsBefore));
    rows.add(tr("Restorable jobs"), formatCountCell(s, u.jobsRestorable));
    rows.add(tr("Has a market"), yesNo(u.hasMarket));
    rows.add(tr("Economically justified"), yesNo(u.justified));
    rows.add(tr("Working capital needed"), money(s, u.workingCapitalRial));
    rows.add(tr("Fixed capital needed"), money(s, u.fixedCapitalRial));
    rows.add(tr("Revival path"), enumLabel(u.revivalPath));
    rows.add(tr("Export-oriented"), yesNo(u.exportOriented));
    rows.add(tr("Notes"), u.notes);
}

} // namespace ehya::gui
