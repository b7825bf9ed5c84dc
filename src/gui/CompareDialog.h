#pragma once

#include "DisplaySettings.h"
#include "io/RankCompare.h"

#include <QAbstractTableModel>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace ehya::storage {
class Database;
}

// Two scenarios side by side over the ranking view's candidates, budget and plan: which items move
// up or down and by how much, which enter or leave the funded set (io::compareReports).
namespace ehya::gui {

// "1" for an item that moves or changes funding, "0" otherwise (the dialog's filter).
inline constexpr int ChangedRole = Qt::UserRole + 4;

class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareModel)

public:
    enum Column { Code, Title, RankA, RankB, Move, Funding, ColumnCount };
    Q_ENUM(Column)

    explicit CompareModel(const DisplaySettings& settings, QObject* parent = nullptr);
    void setMoves(const QList<io::RankMove>& moves);
    const QList<io::RankMove>& moves() const { return m_moves; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DisplaySettings m_settings;
    QList<io::RankMove> m_moves;
};

class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    // `current` is the view's report (its edited scenario is offered as "current").
    CompareDialog(storage::Database& db, const io::RankReport& current, const DisplaySettings& settings,
                  QWidget* parent = nullptr);

    // An empty name is the current, edited scenario. Returns false (and says why) when a stored
    // scenario cannot be read.
    bool compare(const QString& a, const QString& b);
    CompareModel* model() const { return m_model; }
    QTableView* view() const { return m_view; } // through a proxy: only the changes, at first
    QString summary() const;

private:
    void compareChosen();

    storage::Database& m_db;
    io::RankReport m_current;
    DisplaySettings m_settings;
    CompareModel* m_model = nullptr;
    QComboBox* m_a = nullptr;
    QComboBox* m_b = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_onlyChanges = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace ehya::gui
