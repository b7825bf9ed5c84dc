#include "FieldMessages.h"

#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QWidget>

namespace ehya::gui {

namespace {

const QColor kMessageText(0xB3, 0x26, 0x1E);
const QColor kInvalidBase(0xFD, 0xEC, 0xEA);

QFormLayout* formOf(QWidget* field, int* row)
{
    for (QWidget* w = field->parentWidget(); w; w = w->parentWidget()) {
        const auto forms = w->findChildren<QFormLayout*>();
        for (QFormLayout* form : forms) {
            QFormLayout::ItemRole role;
            form->getWidgetPosition(field, row, &role);
            if (*row >= 0)
                return form;
        }
    }
    return nullptr;
}

void markInvalid(QWidget* field, bool invalid)
{
    // Every child editor too (the line edit of a MoneyEdit, the QDateEdit of a DateEdit).
    QList<QWidget*> widgets{field};
    widgets += field->findChildren<QWidget*>();
    for (QWidget* w : std::as_const(widgets)) {
        QPalette palette = w->palette();
        if (invalid)
            palette.setColor(QPalette::Base, kInvalidBase);
        else
            palette.setColor(QPalette::Base, field->parentWidget()
                                                 ? field->parentWidget()->palette().color(QPalette::Base)
                                                 : palette.color(QPalette::Base));
        w->setPalette(palette);
    }
}

} // namespace

QWidget* focusTarget(QWidget* field)
{
    QWidget* w = field;
    while (w->focusProxy())
        w = w->focusProxy();
    return w;
}

void FieldMessages::add(const QString& key, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setObjectName(key + QStringLiteral("Message"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, kMessageText);
    label->setPalette(palette);
    int row = -1;
    if (QFormLayout* form = formOf(field, &row)) {
        form->insertRow(row + 1, static_cast<QWidget*>(nullptr), label);
        form->setRowVisible(label, false);
    } else {
        label->hide();
    }
    m_entries.insert(key, {field, label});
}

void FieldMessages::show(const FieldErrors& errors)
{
    QHash<QString, QStringList> byField;
    QStringList general;
    for (const FieldError& e : errors) {
        if (m_entries.contains(e.field))
            byField[e.field].append(e.message);
        else
            general.append(e.message);
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const QString text = byField.value(it.key()).join(QLatin1Char('\n'));
        QLabel* label = it->label;
        if (label->text() != text)
            label->setText(text);
        const bool invalid = !text.isEmpty();
        int row = -1;
        if (QFormLayout* form = formOf(label, &row))
            form->setRowVisible(label, invalid);
        else
            label->setVisible(invalid);
        markInvalid(it->field, invalid);
        focusTarget(it->field)->setAccessibleDescription(text);
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
}

QString FieldMessages::message(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? QString() : it->label->text();
}

QLabel* FieldMessages::messageLabel(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? nullptr : it->label;
}

QWidget* FieldMessages::field(const QString& key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? nullptr : it->field;
}

} // namespace ehya::gui
