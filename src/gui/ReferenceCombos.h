#pragma once

#include "DisplaySettings.h"
#include "ReferenceData.h"
#include "core/Enums.h"

#include <QComboBox>
#include <QObject>

// Filling and reading the combo boxes of the edit forms. Item data is the id (reference data) or
// the enum value; names in the user's language (pickName).
namespace ehya::gui {

Id selectedId(const QComboBox* combo);  // 0 when nothing (or the "none" item) is chosen
void selectId(QComboBox* combo, Id id); // the "none" item (or nothing) when `id` is not offered

// Sectors read "29 — Motor vehicles"; agencies by name; with a first "none" item when asked.
void fillSectors(QComboBox* combo, const ReferenceData& data, const DisplaySettings& s);
void fillAgencies(QComboBox* combo, const ReferenceData& data, const DisplaySettings& s,
                  const QString& noneText);

template <typename E> void fillEnum(QComboBox* combo)
{
    combo->clear();
    for (const EnumEntry<E>& entry : enumEntries<E>())
        combo->addItem(enumLabel(entry.value), int(entry.value));
}

template <typename E> void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(int(value))));
}

template <typename E> E selectedEnum(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? E(data.toInt()) : enumEntries<E>().constFirst().value;
}

// The province, county, estate and sector combos of a record: the counties offered are those of
// the chosen province, the estates those of the chosen county (first "Not in an estate").
class LocationCombos final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationCombos)

public:
    LocationCombos(QComboBox* province, QComboBox* county, QComboBox* estate, QComboBox* sector,
                   QObject* parent);

    void setReferenceData(const ReferenceData& data, const DisplaySettings& settings);
    void setIds(Id provinceId, Id countyId, Id estateId, Id sectorId);

    Id provinceId() const { return selectedId(m_province); }
    Id countyId() const { return selectedId(m_county); }
    Id estateId() const { return selectedId(m_estate); }
    Id sectorId() const { return selectedId(m_sector); }

    void retranslate(); // the placeholder items

Q_SIGNALS:
    void changed();

private:
    void fillCounties();
    void fillEstates();

    QComboBox* m_province;
    QComboBox* m_county;
    QComboBox* m_estate;
    QComboBox* m_sector;
    ReferenceData m_data;
    DisplaySettings m_settings;
    bool m_filling = false;
};

} // namespace ehya::gui
