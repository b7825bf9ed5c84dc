#include "RankingModel.h"

#include "io/TierPalette.h"

#include "RankingText.h"
#include "io/RankingService.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPainter>

namespace ehya::gui {

using namespace Qt::StringLiterals;

namespace {

} // namespace

RankingModel::RankingModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void RankingModel::setReport(const io::RankReport* report)
{
    beginResetModel();
    m_report = report;
    m_cumulative.clear();
    m_lastFunded = -1;
    if (m_report) {
        qint64 sum = 0;
        for (std::size_t i = 0; i < m_report->ranking.items.size(); ++i) {
            sum += m_report->ranking.items[i].cost;
            m_cumulative.push_back(sum);
            if (m_report->plan && m_report->plan->funded[i])
                m_lastFunded = static_cast<int>(i);
        }
    }
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return static_cast<int>(m_report->ranking.items.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RankingModel::funding(int row) const
{
    if (!m_report || !m_report->plan)
        return {};
    if (m_report->plan->funded[static_cast<std::size_t>(row)])
        return u"funded"_s;
    return row < m_lastFunded ? u"skipped"_s : QString();
}

QVariant RankingModel::raw(int row, int column) const
{
    const auto& item = m_report->ranking.items[static_cast<std::size_t>(row)];
    const auto& info = m_report->info[row];
    const bool hasSpread = m_report->spread.size() == m_report->ranking.items.size();
    switch (column) {
    case Rank:
        return item.rank;
    case Tier:
        return item.tier ? QVariant(QString(QLatin1Char(engine::tierLetter(*item.tier)))) : QVariant();
    case Code:
        return info.code;
    case Title:
        return info.title;
    case County:
        return pickName(m_settings, info.countyFa, info.countyEn);
    case Score:
        return item.score;
    case Cost:
        return qint64(item.cost);
    case Cumulative:
        return m_cumulative[static_cast<std::size_t>(row)];
    case Jobs:
        return qint64(item.jobs);
    case Funded:
        return funding(row);
    case Spread:
        return hasSpread ? QVariant(QVariantList{m_report->spread[static_cast<std::size_t>(row)].p5,
                                                 m_report->spread[static_cast<std::size_t>(row)].p95})
                         : QVariant();
    case FundedShare:
        return hasSpread && m_report->plan
                   ? QVariant(m_report->spread[static_cast<std::size_t>(row)].fundedShare)
                   : QVariant();
    default:
        return {};
    }
}

QString RankingModel::display(int row, int column) const
{
    const auto& item = m_report->ranking.items[static_cast<std::size_t>(row)];
    const QVariant value = raw(row, column);
    switch (column) {
    case Rank:
        return formatCountCell(m_settings, item.rank);
    case Tier:
        return item.tier ? tierLabel(m_settings, *item.tier) : QString();
    case Code:
    case Title:
        return withDigits(value.toString(), m_settings.digits);
    case County:
        return value.toString();
    case Score:
        return RankingText::decimal(m_settings, item.score);
    case Cost:
    case Cumulative:
        return formatMoneyCell(m_settings, value.toLongLong());
    case Jobs:
        return formatCountCell(m_settings, item.jobs);
    case Funded: {
        const QString f = value.toString();
        if (f == u"funded"_s)
            return tr("✔ funded");
        if (f == u"skipped"_s)
            return m_report->plan->mode == engine::PlanMode::Policy ? tr("skipped: does not fit")
                                                                    : tr("not chosen");
        return {};
    }
    case Spread: {
        if (!value.isValid())
            return {};
        const QVariantList pair = value.toList();
        return formatCountCell(m_settings, pair[0].toInt()) + u"–"_s +
               formatCountCell(m_settings, pair[1].toInt());
    }
    case FundedShare:
        return value.isValid() ? formatPercentCell(m_settings, 100.0 * value.toDouble()) : QString();
    default:
        return {};
    }
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_report)
        return {};
    const int row = index.row();
    const int column = index.column();
    const auto& item = m_report->ranking.items[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawRole:
        return raw(row, column);
    case IdRole:
        return qint64(item.id);
    case FundedLineRole:
        return row == m_lastFunded;
    case FundingRole:
        return funding(row);
    case Qt::BackgroundRole:
        if (column == Tier && item.tier)
            return QBrush(io::tierColours(*item.tier).light);
        if (funding(row) == u"funded"_s)
            return QBrush(QColor(0xe8, 0xf5, 0xe9));
        return {};
    case Qt::ForegroundRole:
        if (funding(row) == u"skipped"_s)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case Qt::FontRole:
        if (funding(row) == u"skipped"_s) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Tier || column == Funded)
            return centerAlignment();
        if (column == Rank || column == Score || column == Cost || column == Cumulative || column == Jobs ||
            column == Spread || column == FundedShare)
            return numberAlignment();
        return {};
    default:
        return {};
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString unit = moneyUnitLabel(m_settings.moneyUnit);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Tier:
        return tr("Tier");
    case Code:
        return m_report && m_report->ranking.kind == engine::Kind::Unit ? tr("Licence no.")
                                                                        : tr("Permit no.");
    case Title:
        return tr("Title");
    case County:
        return tr("County");
    case Score:
        return tr("Score");
    case Cost:
        return tr("Cost (%1)").arg(unit);
    case Cumulative:
        return tr("Cumulative (%1)").arg(unit);
    case Jobs:
        return tr("Jobs");
    case Funded:
        return tr("Funded");
    case Spread:
        return tr("Rank p5–p95");
    case FundedShare:
        return tr("Funded share");
    default:
        return {};
    }
}

void FundedLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    if (!index.data(FundedLineRole).toBool())
        return;
    painter->save();
    painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 3));
    const int y = option.rect.bottom() - 1;
    painter->drawLine(option.rect.left(), y, option.rect.right(), y);
    painter->restore();
}

} // namespace ehya::gui
