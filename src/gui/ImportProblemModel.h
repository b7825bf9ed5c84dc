#pragma once

#include "DisplaySettings.h"
#include "io/Columns.h"
#include "io/Importer.h"

#include <QAbstractTableModel>
#include <QList>

// The problems an import found, one row per problem: the file's line, the column number, the
// field (its header in the user's language) and the reason. RawRole carries the numbers and the
// column key.
namespace ehya::gui {

class ImportProblemModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemModel)

public:
    enum Column { Line, FileColumn, Field, Reason, ColumnCount };

    ImportProblemModel(const DisplaySettings& settings, io::Sheet sheet, QObject* parent = nullptr);

    void setProblems(QList<io::ImportProblem> problems);
    const io::ImportProblem& problemAt(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString fieldName(const QString& key) const;

    DisplaySettings m_settings;
    io::Sheet m_sheet;
    QList<io::ImportProblem> m_problems;
};

} // namespace ehya::gui
