#include "MoneyEdit.h"

#include "core/Money.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace ehya::gui {

MoneyEdit::MoneyEdit(QWidget* parent) : QWidget(parent), m_edit(new QLineEdit(this)), m_unit(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_unit);
    setFocusProxy(m_edit);
    m_unit->setBuddy(m_edit);
    // Digits line up at the trailing edge of a number in both directions.
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    m_edit->setPlaceholderText(QStringLiteral("0"));
    connect(m_edit, &QLineEdit::textChanged, this, &MoneyEdit::valueChanged);
    setDisplaySettings(m_settings);
}

MoneyEdit::~MoneyEdit() = default;

void MoneyEdit::setDisplaySettings(const DisplaySettings& settings)
{
    const std::optional<Rials> current = rials();
    m_settings = settings;
    m_unit->setText(moneyUnitLabel(settings.moneyUnit));
    m_edit->setPlaceholderText(withDigits(QStringLiteral("0"), settings.digits));
    if (current)
        setRials(*current);
}

void MoneyEdit::setRials(Rials rials)
{
    if (rials == 0) {
        m_edit->clear();
        return;
    }
    // Every decimal the unit can carry, then the trailing zeros dropped: exact, so that an
    // unchanged field gives back the rials it was given.
    MoneyFormat format;
    format.unit = m_settings.moneyUnit;
    format.digits = m_settings.digits;
    format.withUnit = false;
    format.decimals = 10;
    QString text = formatMoney(rials, format);
    const QChar decimalPoint = m_settings.digits == Digits::Persian ? QChar(0x066B) : QLatin1Char('.');
    if (text.contains(decimalPoint)) {
        while (text.endsWith(QLatin1Char('0')) || text.endsWith(QChar(0x06F0)))
            text.chop(1);
        if (text.endsWith(decimalPoint))
            text.chop(1);
    }
    m_edit->setText(text);
}

std::optional<Rials> MoneyEdit::rials() const
{
    if (m_edit->text().trimmed().isEmpty())
        return Rials(0);
    return parseMoney(m_edit->text(), m_settings.moneyUnit, nullptr, true);
}

QString MoneyEdit::inputError() const
{
    if (m_edit->text().trimmed().isEmpty())
        return {};
    QString error;
    // Negative amounts parse: validation says why they are wrong, next to the field.
    if (!parseMoney(m_edit->text(), m_settings.moneyUnit, &error, true))
        return error;
    return {};
}

void MoneyEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        m_unit->setText(moneyUnitLabel(m_settings.moneyUnit));
    QWidget::changeEvent(event);
}

} // namespace ehya::gui
