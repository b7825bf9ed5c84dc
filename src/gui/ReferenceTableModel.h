#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ehya::storage {
class ReferenceRepository;
}

// One kind of reference data as a table: Persian name, English name and the kind's own field
// (a county's province, an estate's county, a sector's ISIC division, an agency's group).
// RawRole (TableFormat.h) carries the names, and the province or county id, the ISIC division or
// the group key.
namespace ehya::gui {

enum class ReferenceKind { County, Estate, Sector, Agency };

class ReferenceTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceTableModel)

public:
    enum Column { NameFa, NameEn, Detail, ColumnCount };

    struct Row
    {
        Id id = 0;
        QString nameFa;
        QString nameEn;
        Id parentId = 0; // the province of a county, the county of an estate
        QString isic;    // sectors
        AgencyGroup group = AgencyGroup::Support;
    };

    ReferenceTableModel(ReferenceKind kind, const DisplaySettings& settings, QObject* parent = nullptr);

    ReferenceKind kind() const { return m_kind; }
    Status reload(storage::ReferenceRepository& repository); // keeps the old rows on failure
    const Row& rowAt(int row) const { return m_rows.at(row); }
    int rowOfId(Id id) const; // -1 when not listed

    // The header of the Detail column: "Province", "County", "ISIC division", "Group".
    static QString detailTitle(ReferenceKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString detailText(const Row& row) const;

    ReferenceKind m_kind;
    DisplaySettings m_settings;
    QList<Row> m_rows;
    QHash<Id, QString> m_parentNames; // provinces (for counties) or counties (for estates)
};

} // namespace ehya::gui
