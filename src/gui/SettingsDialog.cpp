#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include <QComboBox>
#include <QPushButton>

namespace ehya::gui {

namespace {

constexpr MoneyUnit kUnits[] = {MoneyUnit::Rial, MoneyUnit::Toman, MoneyUnit::MillionRial,
                                MoneyUnit::BillionRial, MoneyUnit::BillionToman};

void select(QComboBox* combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template <typename E> E chosen(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

SettingsDialog::SettingsDialog(const DisplaySettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(settings)
{
    m_ui->setupUi(this);
    fillChoices();
    setSettings(settings);

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::languageChosen);
    for (QComboBox* combo : {m_ui->calendarCombo, m_ui->digitsCombo, m_ui->moneyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSample);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    m_ui->buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("The calendar, digits and money unit usual for the chosen language"));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    // Each language is named in itself, so that a person who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("فارسی"), int(Language::Persian));
    m_ui->languageCombo->addItem(QStringLiteral("English"), int(Language::English));
    m_ui->calendarCombo->addItem(tr("Jalali (Solar Hijri)"), int(CalendarKind::Jalali));
    m_ui->calendarCombo->addItem(tr("Gregorian"), int(CalendarKind::Gregorian));
    m_ui->digitsCombo->addItem(tr("Persian (۱۲۳)"), int(Digits::Persian));
    m_ui->digitsCombo->addItem(tr("Latin (123)"), int(Digits::Latin));
    for (const MoneyUnit unit : kUnits)
        m_ui->moneyCombo->addItem(capitalised(moneyUnitLabel(unit)), int(unit));
}

DisplaySettings SettingsDialog::settings() const
{
    DisplaySettings s = m_initial;
    s.language = chosen<Language>(m_ui->languageCombo);
    s.calendar = chosen<CalendarKind>(m_ui->calendarCombo);
    s.digits = chosen<Digits>(m_ui->digitsCombo);
    s.moneyUnit = chosen<MoneyUnit>(m_ui->moneyCombo);
    return s;
}

void SettingsDialog::setSettings(const DisplaySettings& settings)
{
    m_filling = true;
    select(m_ui->languageCombo, int(settings.language));
    select(m_ui->calendarCombo, int(settings.calendar));
    select(m_ui->digitsCombo, int(settings.digits));
    select(m_ui->moneyCombo, int(settings.moneyUnit));
    m_filling = false;
    updateSample();
}

bool SettingsDialog::languageChanged() const
{
    return settings().language != m_initial.language;
}

QString SettingsDialog::sampleText() const
{
    return m_ui->sampleLabel->text();
}

QString SettingsDialog::sample(const DisplaySettings& settings)
{
    constexpr Rials kAmount = 125'000'000'000'000; // 12,500 billion toman
    MoneyFormat format;
    format.unit = settings.moneyUnit;
    format.digits = settings.digits;
    return formatMoney(kAmount, format) + u" — " +
           formatDate(QDate(2024, 3, 20), settings.calendar, settings.digits);
}

void SettingsDialog::languageChosen()
{
    if (m_filling)
        return;
    // The calendar and digits follow the language; the money unit is the person's own choice.
    const DisplaySettings defaults = DisplaySettings::forLanguage(chosen<Language>(m_ui->languageCombo));
    m_filling = true;
    select(m_ui->calendarCombo, int(defaults.calendar));
    select(m_ui->digitsCombo, int(defaults.digits));
    m_filling = false;
    updateSample();
}

void SettingsDialog::restoreDefaults()
{
    DisplaySettings defaults = DisplaySettings::forLanguage(chosen<Language>(m_ui->languageCombo));
    defaults.tiers = m_initial.tiers;
    setSettings(defaults);
}

void SettingsDialog::updateSample()
{
    if (m_filling)
        return;
    m_ui->sampleLabel->setText(sample(settings()));
}

} // namespace ehya::gui
