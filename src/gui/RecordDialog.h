#pragma once

#include "FieldMessages.h"
#include "core/Validation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

// The common behaviour of the edit forms: the problems of the record are shown next to their
// fields on every change, Save (the OK button, Enter, Ctrl+S) is enabled only while the record is
// valid, Esc cancels. A form lists its problems in problems(): typing errors (a number that is not
// one) and core validate(...) of the record it would produce.
namespace ehya::gui {

class RecordDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDialog)

public:
    ~RecordDialog() override;

    bool isRecordValid() const { return m_problems.isEmpty(); }
    FieldErrors shownProblems() const { return m_problems; }
    QString message(const QString& field) const { return m_fields.message(field); }
    QPushButton* saveButton() const { return m_save; }

    void accept() override; // refused while the record is not valid

protected:
    explicit RecordDialog(QWidget* parent);

    // Save and Cancel of `box`, Ctrl+S, and the label for problems of unmapped fields.
    void setUpButtons(QDialogButtonBox* box, QLabel* generalMessage);
    FieldMessages& fields() { return m_fields; }
    // Revalidates whenever one of these widgets changes (line, text, combo, check, date, money,
    // number edits).
    void watch(const QList<QWidget*>& widgets);

    virtual FieldErrors problems() const = 0;
    void revalidate();

    // The typing problems first; the validation problems of a field with a typing problem are
    // left out (they would only repeat it: "it is ?").
    static FieldErrors merge(const FieldErrors& typing, const FieldErrors& validation);

private:
    FieldMessages m_fields;
    FieldErrors m_problems;
    QPushButton* m_save = nullptr;
};

} // namespace ehya::gui
