#pragma once

#include "core/Validation.h"

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

// Shows the problems of a record next to its fields: each field registered under its validation
// key ("progress", "permit_no") gets a message line under it in its QFormLayout, a light red
// background while it is wrong, and the message as the accessible description. Problems of
// fields not registered go to the general label.
namespace ehya::gui {

class FieldMessages final
{
public:
    FieldMessages() = default;
    Q_DISABLE_COPY_MOVE(FieldMessages)

    // `field` must sit in a QFormLayout of one of its ancestors; the message row goes under it.
    void add(const QString& key, QWidget* field);
    void setGeneralLabel(QLabel* label) { m_general = label; }

    void show(const FieldErrors& errors);

    QString message(const QString& key) const; // "" when the field is valid or unknown
    QLabel* messageLabel(const QString& key) const;
    QWidget* field(const QString& key) const;

private:
    struct Entry
    {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
    };
    QHash<QString, Entry> m_entries;
    QLabel* m_general = nullptr;
};

// The widget that takes the keyboard focus for `field` (its focus proxy, for DateEdit and
// MoneyEdit): accessible names and descriptions belong there.
QWidget* focusTarget(QWidget* field);

} // namespace ehya::gui
