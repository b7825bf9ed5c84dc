#include "ReferenceCombos.h"

#include "TableFormat.h"

#include <QCoreApplication>
#include <QSignalBlocker>

#include <utility>

namespace ehya::gui {

Id selectedId(const QComboBox* combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? data.toLongLong() : 0;
}

void selectId(QComboBox* combo, Id id)
{
    const int index = combo->findData(QVariant::fromValue<qlonglong>(id));
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setCurrentIndex(combo->findData(QVariant::fromValue<qlonglong>(0)));
}

void fillSectors(QComboBox* combo, const ReferenceData& data, const DisplaySettings& s)
{
    const QSignalBlocker blocker(combo);
    const Id current = selectedId(combo);
    combo->clear();
    combo->addItem(QCoreApplication::translate("ehya::gui::ReferenceCombos", "Choose a sector…"),
                   QVariant::fromValue<qlonglong>(0));
    for (const Sector& sector : data.sectors) {
        combo->addItem(withDigits(sector.isic, s.digits) + QStringLiteral(" — ") +
                           pickName(s, sector.nameFa, sector.nameEn),
                       QVariant::fromValue<qlonglong>(sector.id));
    }
    selectId(combo, current);
}

void fillAgencies(QComboBox* combo, const ReferenceData& data, const DisplaySettings& s,
                  const QString& noneText)
{
    const QSignalBlocker blocker(combo);
    const Id current = selectedId(combo);
    combo->clear();
    combo->addItem(noneText, QVariant::fromValue<qlonglong>(0));
    for (const Agency& agency : data.agencies)
        combo->addItem(pickName(s, agency.nameFa, agency.nameEn), QVariant::fromValue<qlonglong>(agency.id));
    selectId(combo, current);
}

LocationCombos::LocationCombos(QComboBox* province, QComboBox* county, QComboBox* estate, QComboBox* sector,
                               QObject* parent)
    : QObject(parent), m_province(province), m_county(county), m_estate(estate), m_sector(sector)
{
    connect(m_province, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillCounties();
        fillEstates();
        Q_EMIT changed();
    });
    connect(m_county, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillEstates();
        Q_EMIT changed();
    });
    for (QComboBox* combo : {m_estate, m_sector}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT changed();
        });
    }
}

void LocationCombos::setReferenceData(const ReferenceData& data, const DisplaySettings& settings)
{
    const Id p = provinceId(), c = countyId(), e = estateId(), s = sectorId();
    m_data = data;
    m_settings = settings;
    setIds(p, c, e, s);
}

void LocationCombos::setIds(Id provinceId, Id countyId, Id estateId, Id sectorId)
{
    m_filling = true;
    m_province->clear();
    m_province->addItem(tr("Choose a province…"), QVariant::fromValue<qlonglong>(0));
    for (const Province& p : std::as_const(m_data.provinces))
        m_province->addItem(pickName(m_settings, p.nameFa, p.nameEn), QVariant::fromValue<qlonglong>(p.id));
    selectId(m_province, provinceId);
    fillCounties();
    selectId(m_county, countyId);
    fillEstates();
    selectId(m_estate, estateId);
    fillSectors(m_sector, m_data, m_settings);
    selectId(m_sector, sectorId);
    m_filling = false;
    Q_EMIT changed();
}

void LocationCombos::retranslate()
{
    setIds(provinceId(), countyId(), estateId(), sectorId());
}

void LocationCombos::fillCounties()
{
    const bool wasFilling = std::exchange(m_filling, true);
    const Id current = countyId();
    const Id province = provinceId();
    m_county->clear();
    m_county->addItem(province ? tr("Choose a county…") : tr("Choose the province first"),
                      QVariant::fromValue<qlonglong>(0));
    for (const County& c : m_data.countiesOf(province))
        m_county->addItem(pickName(m_settings, c.nameFa, c.nameEn), QVariant::fromValue<qlonglong>(c.id));
    selectId(m_county, current); // kept when the county belongs to the new province
    m_county->setEnabled(province != 0);
    m_filling = wasFilling;
}

void LocationCombos::fillEstates()
{
    const bool wasFilling = std::exchange(m_filling, true);
    const Id current = estateId();
    m_estate->clear();
    m_estate->addItem(tr("Not in an estate"), QVariant::fromValue<qlonglong>(0));
    for (const Estate& e : m_data.estatesOf(countyId()))
        m_estate->addItem(pickName(m_settings, e.nameFa, e.nameEn), QVariant::fromValue<qlonglong>(e.id));
    selectId(m_estate, current);
    m_estate->setEnabled(countyId() != 0);
    m_filling = wasFilling;
}

} // namespace ehya::gui
