#include "RecordDialog.h"

#include "DateEdit.h"
#include "MoneyEdit.h"
#include "NumberEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace ehya::gui {

RecordDialog::RecordDialog(QWidget* parent) : QDialog(parent) {}

RecordDialog::~RecordDialog() = default;

void RecordDialog::setUpButtons(QDialogButtonBox* box, QLabel* generalMessage)
{
    box->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    connect(box, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &RecordDialog::reject);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &RecordDialog::accept);
    if (generalMessage) {
        QPalette palette = generalMessage->palette();
        palette.setColor(QPalette::WindowText, QColor(0xB3, 0x26, 0x1E));
        generalMessage->setPalette(palette);
        generalMessage->setWordWrap(true);
        generalMessage->hide();
    }
    m_fields.setGeneralLabel(generalMessage);
}

void RecordDialog::watch(const QList<QWidget*>& widgets)
{
    for (QWidget* w : widgets) {
        if (auto* number = qobject_cast<NumberEdit*>(w))
            connect(number, &NumberEdit::valueChanged, this, &RecordDialog::revalidate);
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            connect(line, &QLineEdit::textChanged, this, &RecordDialog::revalidate);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(w))
            connect(text, &QPlainTextEdit::textChanged, this, &RecordDialog::revalidate);
        else if (auto* combo = qobject_cast<QComboBox*>(w))
            connect(combo, &QComboBox::currentIndexChanged, this, &RecordDialog::revalidate);
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            connect(check, &QCheckBox::toggled, this, &RecordDialog::revalidate);
        else if (auto* date = qobject_cast<DateEdit*>(w))
            connect(date, &DateEdit::dateChanged, this, &RecordDialog::revalidate);
        else if (auto* money = qobject_cast<MoneyEdit*>(w))
            connect(money, &MoneyEdit::valueChanged, this, &RecordDialog::revalidate);
    }
}

void RecordDialog::revalidate()
{
    m_problems = problems();
    m_fields.show(m_problems);
    if (m_save)
        m_save->setEnabled(m_problems.isEmpty());
}

void RecordDialog::accept()
{
    revalidate();
    if (!isRecordValid()) {
        // Enter or Ctrl+S on an invalid record: take the person to the first problem.
        if (QWidget* field = m_fields.field(m_problems.constFirst().field))
            focusTarget(field)->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    QDialog::accept();
}

FieldErrors RecordDialog::merge(const FieldErrors& typing, const FieldErrors& validation)
{
    FieldErrors out = typing;
    for (const FieldError& e : validation) {
        const bool typed = std::any_of(typing.cbegin(), typing.cend(),
                                       [&e](const FieldError& t) { return t.field == e.field; });
        if (!typed)
            out.append(e);
    }
    return out;
}

} // namespace ehya::gui
