#pragma once

#include "core/Digits.h"

#include <QLineEdit>

#include <optional>

// A number typed in Persian, Arabic-Indic or Latin digits, with thousands separators and '.',
// '/' or '٫' as the decimal point: a percent with one decimal (setDecimals(1)) or a count
// (setDecimals(0)). The range is not enforced while typing: validation says what is wrong
// ("must be between 0 and 100; it is 120"), next to the field.
namespace ehya::gui {

class NumberEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberEdit)

public:
    explicit NumberEdit(QWidget* parent = nullptr);
    ~NumberEdit() override;

    void setDecimals(int decimals); // 0 (the default) or more
    int decimals() const { return m_decimals; }
    void setDigits(Digits digits);

    void setValue(double value);
    std::optional<double> value() const; // nullopt when the text is not a number; empty is 0
    QString inputError() const;          // why the text is not a number; empty when it is

Q_SIGNALS:
    void valueChanged();

private:
    int m_decimals = 0;
    Digits m_digits = Digits::Latin;
};

} // namespace ehya::gui
