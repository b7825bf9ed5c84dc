#pragma once

#include "EditSession.h"

#include <QDialog>

class QTableWidget;

// "Someone changed this record while you were editing it": both versions field by field, the
// fields that differ marked, and the choice — keep mine (write over theirs) or keep theirs.
namespace ehya::gui {

class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const QString& what, const QList<FieldVersions>& fields, QWidget* parent = nullptr);

    EditSession::Choice choice() const { return m_choice; }
    QTableWidget* table() const { return m_table; }
    int differences() const { return m_differences; }

    // The resolver EditSession calls: shows this dialog modally over `parent`.
    static EditSession::ConflictResolver resolver(QWidget* parent);

private:
    QTableWidget* m_table;
    EditSession::Choice m_choice = EditSession::Choice::KeepTheirs;
    int m_differences = 0;
};

} // namespace ehya::gui
