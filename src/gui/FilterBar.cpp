#include "FilterBar.h"
#include "ui_FilterBar.h"

#include "TableFormat.h"
#include "core/Enums.h"

#include <QSignalBlocker>

namespace ehya::gui {

namespace {

// Selects the item whose data is `value`, or the first ("any") when there is none.
void selectData(QComboBox* combo, const QVariant& value)
{
    const int at = combo->findData(value);
    combo->setCurrentIndex(at < 0 ? 0 : at);
}

template <typename E> void fillEnum(QComboBox* combo, const QString& any)
{
    combo->clear();
    combo->addItem(any, -1);
    for (const auto& entry : enumEntries<E>())
        combo->addItem(enumLabel(entry.value), static_cast<int>(entry.value));
}

} // namespace

FilterBar::FilterBar(OwnerKind kind, const DisplaySettings& settings, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FilterBar>()), m_kind(kind), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->layout->setColumnStretch(8, 1); // the controls keep together at the start of the line
    if (kind == OwnerKind::Unit) {
        m_ui->tierLabel->hide();
        m_ui->tier->hide();
        m_ui->staleMonths->setPrefix(tr("No action for "));
        m_ui->staleMonths->setSpecialValueText(tr("Any last action"));
        m_ui->search->setPlaceholderText(tr("Find by name, licence, place or sector (Ctrl+F)"));
    }
    fillFixedChoices();
    setPlaces({}, {}, {});

    connect(m_ui->search, &QLineEdit::textChanged, this, &FilterBar::emitChange);
    for (QComboBox* combo : {m_ui->county, m_ui->sector, m_ui->tier, m_ui->status, m_ui->obstacle})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChange);
    connect(m_ui->province, &QComboBox::currentIndexChanged, this, [this] {
        {
            const QSignalBlocker block(m_ui->county);
            fillCounties();
        }
        emitChange();
    });
    connect(m_ui->staleMonths, &QSpinBox::valueChanged, this, &FilterBar::emitChange);
    connect(m_ui->clear, &QToolButton::clicked, this, [this] {
        setFilter({});
        Q_EMIT filterChanged(filter());
    });
}

FilterBar::~FilterBar() = default;

QLineEdit* FilterBar::searchEdit() const
{
    return m_ui->search;
}

void FilterBar::fillFixedChoices()
{
    m_ui->tier->addItem(tr("Any tier"), -1);
    for (const engine::Tier tier : {engine::Tier::A, engine::Tier::B, engine::Tier::C, engine::Tier::D})
        m_ui->tier->addItem(tierLabel(m_settings, tier), static_cast<int>(tier));
    if (m_kind == OwnerKind::Project) {
        fillEnum<ProjectStatus>(m_ui->status, tr("Any status"));
        m_ui->status->insertItem(1, tr("Half-finished"), io::kCandidateStatuses);
    } else {
        fillEnum<UnitStatus>(m_ui->status, tr("Any status"));
        m_ui->status->insertItem(1, tr("Idle or semi-active"), io::kCandidateStatuses);
    }
    fillEnum<ObstacleType>(m_ui->obstacle, tr("Any or none"));
    m_ui->obstacle->insertItem(1, tr("No open obstacle"), io::kNoOpenObstacle);
}

void FilterBar::setPlaces(const QList<Province>& provinces, const QList<County>& counties,
                          const QList<Sector>& sectors)
{
    const io::ListFilter current = filter();
    m_quiet = true;
    m_counties = counties;
    m_ui->province->clear();
    m_ui->province->addItem(tr("All provinces"), qint64(0));
    for (const Province& p : provinces)
        m_ui->province->addItem(pickName(m_settings, p.nameFa, p.nameEn), p.id);
    m_ui->sector->clear();
    m_ui->sector->addItem(tr("All sectors"), qint64(0));
    for (const Sector& s : sectors)
        m_ui->sector->addItem(s.isic + QStringLiteral(" — ") + pickName(m_settings, s.nameFa, s.nameEn),
                              s.id);
    setFilter(current);
    m_quiet = false;
}

void FilterBar::fillCounties()
{
    const Id province = m_ui->province->currentData().toLongLong();
    m_ui->county->clear();
    m_ui->county->addItem(tr("All counties"), qint64(0));
    for (const County& c : std::as_const(m_counties)) {
        if (province == 0 || c.provinceId == province)
            m_ui->county->addItem(pickName(m_settings, c.nameFa, c.nameEn), c.id);
    }
}

io::ListFilter FilterBar::filter() const
{
    io::ListFilter f;
    f.text = m_ui->search->text();
    f.provinceId = m_ui->province->currentData().toLongLong();
    f.countyId = m_ui->county->currentData().toLongLong();
    f.sectorId = m_ui->sector->currentData().toLongLong();
    if (m_kind == OwnerKind::Project && m_ui->tier->currentData().toInt() >= 0)
        f.tier = static_cast<engine::Tier>(m_ui->tier->currentData().toInt());
    f.status = m_ui->status->currentData().isValid() ? m_ui->status->currentData().toInt() : -1;
    f.obstacleType = m_ui->obstacle->currentData().isValid() ? m_ui->obstacle->currentData().toInt() : -1;
    f.staleMonths = m_ui->staleMonths->value();
    return f;
}

void FilterBar::setFilter(const io::ListFilter& filter)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    m_ui->search->setText(filter.text);
    selectData(m_ui->province, filter.provinceId);
    fillCounties();
    selectData(m_ui->county, filter.countyId);
    selectData(m_ui->sector, filter.sectorId);
    selectData(m_ui->tier, filter.tier ? static_cast<int>(*filter.tier) : -1);
    selectData(m_ui->status, filter.status);
    selectData(m_ui->obstacle, filter.obstacleType);
    m_ui->staleMonths->setValue(filter.staleMonths);
    m_quiet = quiet;
}

void FilterBar::emitChange()
{
    if (!m_quiet)
        Q_EMIT filterChanged(filter());
}

} // namespace ehya::gui
