#include "ReferenceTableModel.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "storage/Repositories.h"

namespace ehya::gui {

ReferenceTableModel::ReferenceTableModel(ReferenceKind kind, const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_kind(kind), m_settings(settings)
{
}

Status ReferenceTableModel::reload(storage::ReferenceRepository& repository)
{
    QList<Row> rows;
    QHash<Id, QString> parents;
    switch (m_kind) {
    case ReferenceKind::County: {
        auto provinces = repository.provinces();
        auto counties = repository.counties();
        if (!provinces)
            return provinces.error();
        if (!counties)
            return counties.error();
        for (const Province& p : *provinces)
            parents.insert(p.id, pickName(m_settings, p.nameFa, p.nameEn));
        for (const County& c : *counties)
            rows << Row{c.id, c.nameFa, c.nameEn, c.provinceId, {}, {}};
        break;
    }
    case ReferenceKind::Estate: {
        auto counties = repository.counties();
        auto estates = repository.estates();
        if (!counties)
            return counties.error();
        if (!estates)
            return estates.error();
        for (const County& c : *counties)
            parents.insert(c.id, pickName(m_settings, c.nameFa, c.nameEn));
        for (const Estate& e : *estates)
            rows << Row{e.id, e.nameFa, e.nameEn, e.countyId, {}, {}};
        break;
    }
    case ReferenceKind::Sector: {
        auto sectors = repository.sectors();
        if (!sectors)
            return sectors.error();
        for (const Sector& s : *sectors)
            rows << Row{s.id, s.nameFa, s.nameEn, 0, s.isic, {}};
        break;
    }
    case ReferenceKind::Agency: {
        auto agencies = repository.agencies();
        if (!agencies)
            return agencies.error();
        for (const Agency& a : *agencies)
            rows << Row{a.id, a.nameFa, a.nameEn, 0, {}, a.group};
        break;
    }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_parentNames = std::move(parents);
    endResetModel();
    return {};
}

int ReferenceTableModel::rowOfId(Id id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

QString ReferenceTableModel::detailTitle(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::County:
        return tr("Province");
    case ReferenceKind::Estate:
        return tr("County");
    case ReferenceKind::Sector:
        return tr("ISIC division");
    case ReferenceKind::Agency:
        return tr("Group");
    }
    return {};
}

QString ReferenceTableModel::detailText(const Row& row) const
{
    switch (m_kind) {
    case ReferenceKind::County:
    case ReferenceKind::Estate:
        return m_parentNames.value(row.parentId);
    case ReferenceKind::Sector:
        return withDigits(row.isic, m_settings.digits);
    case ReferenceKind::Agency:
        return enumLabel(row.group);
    }
    return {};
}

int ReferenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        if (column == NameFa)
            return row.nameFa;
        if (column == NameEn)
            return row.nameEn;
        return detailText(row);
    }
    if (role == RawRole) {
        if (column == NameFa)
            return row.nameFa;
        if (column == NameEn)
            return row.nameEn;
        if (m_kind == ReferenceKind::Sector)
            return row.isic;
        if (m_kind == ReferenceKind::Agency)
            return enumKey(row.group);
        return QVariant::fromValue<qint64>(row.parentId);
    }
    if (role == Qt::TextAlignmentRole && column == Detail && m_kind == ReferenceKind::Sector)
        return centerAlignment();
    return {};
}

QVariant ReferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameFa:
        return tr("Persian name");
    case NameEn:
        return tr("English name");
    case Detail:
        return detailTitle(m_kind);
    default:
        return {};
    }
}

} // namespace ehya::gui
