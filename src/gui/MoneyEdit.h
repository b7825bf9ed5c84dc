#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

// An amount of money typed in the displayed unit (DisplaySettings::moneyUnit, shown after the
// field): Persian, Arabic-Indic or Latin digits, thousands separators and a decimal point, or a
// unit word typed after the number ("۱۲٫۵", "12.5", "125,000,000,000 rial"). Parsed by
// core/Money.h into whole rials; an empty field is zero.
namespace ehya::gui {

class MoneyEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoneyEdit)

public:
    explicit MoneyEdit(QWidget* parent = nullptr);
    ~MoneyEdit() override;

    void setDisplaySettings(const DisplaySettings& settings);
    MoneyUnit unit() const { return m_settings.moneyUnit; }

    // Shows the amount exactly (as many decimals of the unit as it needs).
    void setRials(Rials rials);
    std::optional<Rials> rials() const; // nullopt when the text is not an amount
    QString inputError() const;         // why the text is not an amount; empty when it is

    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* unitLabel() const { return m_unit; }

Q_SIGNALS:
    void valueChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    QLineEdit* m_edit = nullptr;
    QLabel* m_unit = nullptr;
    DisplaySettings m_settings;
};

} // namespace ehya::gui
