#pragma once

#include "DisplaySettings.h"

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

// A date typed or picked from a calendar in the display settings' calendar (Jalali in Persian)
// and digits. An optional date can be empty: the field then reads "none" and date() is null;
// the clear button empties it, typing or picking a date fills it.
namespace ehya::gui {

class DateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateEdit)

public:
    explicit DateEdit(QWidget* parent = nullptr);
    ~DateEdit() override;

    void setDisplaySettings(const DisplaySettings& settings);
    // Optional dates may be empty (the default); a required one is never empty.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }

    // A null date empties an optional field (a required one shows today).
    void setDate(const QDate& date);
    QDate date() const; // null when empty
    bool isEmpty() const { return date().isNull(); }
    void clear();

    QDateEdit* dateEdit() const { return m_edit; }
    QToolButton* clearButton() const { return m_clear; }

Q_SIGNALS:
    void dateChanged(const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateClearButton();

    QDateEdit* m_edit = nullptr;
    QToolButton* m_clear = nullptr;
    bool m_optional = true;
};

} // namespace ehya::gui
