#include "ConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ehya::gui {

ConflictDialog::ConflictDialog(const QString& what, const QList<FieldVersions>& fields, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(int(fields.size()), 3, this))
{
    setWindowTitle(tr("The record was changed meanwhile"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Someone saved \"%1\" after you opened it. Compare the two versions: the fields that differ "
           "are marked. Keep yours to write it over theirs, or keep theirs and drop your change.")
            .arg(what),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("In the database")});
    m_table->setAccessibleName(tr("Both versions of the record"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QFont bold = font();
    bold.setBold(true);
    for (int row = 0; row < fields.size(); ++row) {
        const FieldVersions& f = fields.at(row);
        const bool differs = f.mine != f.theirs;
        m_differences += differs ? 1 : 0;
        const QStringList cells{differs ? QStringLiteral("● ") + f.label : f.label, f.mine, f.theirs};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (differs) {
                item->setFont(bold);
                item->setBackground(QColor(255, 243, 205));
            }
            m_table->setItem(row, column, item);
        }
    }
    layout->addWidget(m_table);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* mine = buttons->addButton(tr("Keep &mine"), QDialogButtonBox::AcceptRole);
    QPushButton* theirs = buttons->addButton(tr("Keep &theirs"), QDialogButtonBox::RejectRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    theirs->setDefault(true); // the safe choice: nothing is overwritten
    connect(mine, &QPushButton::clicked, this, [this] {
        m_choice = EditSession::Choice::KeepMine;
        accept();
    });
    connect(theirs, &QPushButton::clicked, this, [this] {
        m_choice = EditSession::Choice::KeepTheirs;
        reject();
    });
    layout->addWidget(buttons);
    resize(720, 520);
}

EditSession::ConflictResolver ConflictDialog::resolver(QWidget* parent)
{
    return [parent](const QString& what, const QList<FieldVersions>& fields) {
        ConflictDialog dialog(what, fields, parent);
        dialog.exec();
        return dialog.choice();
    };
}

} // namespace ehya::gui
