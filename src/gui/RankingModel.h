#pragma once

#include "DisplaySettings.h"
#include "TableFormat.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace ehya::io {
struct RankReport;
}

// The ranked list of the ranking view: one row per ranked item of an io::RankReport (owned by the
// view, which resets the model when it changes). Display text in the settings' language and
// digits; RawRole carries the number or key for sorting and tests.
namespace ehya::gui {

// True on the last funded row: the funded line is drawn under it (FundedLineDelegate).
inline constexpr int FundedLineRole = Qt::UserRole + 2;
// "funded", "skipped" (unfunded above the funded line) or "" (below it, or no plan).
inline constexpr int FundingRole = Qt::UserRole + 3;

class RankingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingModel)

public:
    enum Column {
        Rank,
        Tier,
        Code,
        Title,
        County,
        Score,
        Cost,
        Cumulative,
        Jobs,
        Funded,
        Spread,      // p5–p95 rank, after a sensitivity run
        FundedShare, // share of samples funded, after a sensitivity run with a budget
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RankingModel(const DisplaySettings& settings, QObject* parent = nullptr);

    // `report` must outlive the model or be replaced; nullptr empties the table.
    void setReport(const io::RankReport* report);
    const io::RankReport* report() const { return m_report; }
    int lastFundedRow() const { return m_lastFunded; } // -1 without a plan or none funded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant raw(int row, int column) const;
    QString display(int row, int column) const;
    QString funding(int row) const;

    DisplaySettings m_settings;
    const io::RankReport* m_report = nullptr;
    std::vector<qint64> m_cumulative;
    int m_lastFunded = -1;
};

// Draws the funded line: a thick line under the row whose FundedLineRole is true.
class FundedLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FundedLineDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace ehya::gui
