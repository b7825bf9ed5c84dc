#include "CompareDialog.h"

#include "RankingText.h"
#include "TableFormat.h"
#include "storage/Scenarios.h"

#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ehya::gui {

using namespace Qt::StringLiterals;

CompareModel::CompareModel(const DisplaySettings& settings, QObject* parent)
    : QAbstractTableModel(parent), m_settings(settings)
{
}

void CompareModel::setMoves(const QList<io::RankMove>& moves)
{
    beginResetModel();
    m_moves = moves;
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_moves.size());
}

int CompareModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const io::RankMove& m = m_moves[index.row()];
    const auto rank = [this](const std::optional<int>& r) {
        return r ? formatCountCell(m_settings, *r) : tr("not ranked");
    };
    const QString funding = m.enteredFunded() ? u"entered"_s : m.leftFunded() ? u"left"_s : QString();
    if (role == RawRole) {
        switch (index.column()) {
        case Code:
            return m.code;
        case Title:
            return m.title;
        case RankA:
            return m.rankA ? QVariant(*m.rankA) : QVariant();
        case RankB:
            return m.rankB ? QVariant(*m.rankB) : QVariant();
        case Move:
            return m.delta() ? QVariant(*m.delta()) : QVariant();
        case Funding:
            return funding;
        default:
            return {};
        }
    }
    if (role == IdRole)
        return m.id;
    if (role == ChangedRole)
        return m.delta() == 0 && m.fundedA == m.fundedB ? u"0"_s : u"1"_s;
    if (role == Qt::ForegroundRole && index.column() == Move && m.delta() && *m.delta() != 0)
        return QBrush(*m.delta() > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && (index.column() == RankA || index.column() == RankB))
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return withDigits(m.code, m_settings.digits);
    case Title:
        return withDigits(m.title, m_settings.digits);
    case RankA:
        return rank(m.rankA);
    case RankB:
        return rank(m.rankB);
    case Move:
        if (!m.rankA)
            return tr("new in B");
        if (!m.rankB)
            return tr("not in B");
        if (*m.delta() > 0)
            return tr("▲ up %1").arg(formatCountCell(m_settings, *m.delta()));
        if (*m.delta() < 0)
            return tr("▼ down %1").arg(formatCountCell(m_settings, -*m.delta()));
        return tr("same");
    case Funding:
        return funding == u"entered"_s ? tr("enters the funded set")
               : funding == u"left"_s  ? tr("leaves the funded set")
               : m.fundedB             ? tr("funded in both")
                                       : QString();
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Number");
    case Title:
        return tr("Title");
    case RankA:
        return tr("Rank in A");
    case RankB:
        return tr("Rank in B");
    case Move:
        return tr("Move");
    case Funding:
        return tr("Funding");
    default:
        return {};
    }
}

CompareDialog::CompareDialog(storage::Database& db, const io::RankReport& current,
                             const DisplaySettings& settings, QWidget* parent)
    : QDialog(parent), m_db(db), m_current(current), m_settings(settings)
{
    setWindowTitle(tr("Compare scenarios"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_a = new QComboBox(this);
    m_b = new QComboBox(this);
    for (QComboBox* box : {m_a, m_b}) {
        box->addItem(tr("Current (as edited)"), QString());
        if (auto list = storage::ScenarioRepository(m_db).list())
            for (const auto& stored : *list) {
                const QString name = QString::fromStdString(stored.scenario.name);
                box->addItem(io::scenarioDisplayName(name), name);
            }
    }
    // B: the first scenario a manager saved, else the seed policy.
    m_b->setCurrentIndex(m_b->count() > 2 ? 2 : m_b->count() - 1);
    form->addRow(tr("Scenario A"), m_a);
    form->addRow(tr("Scenario B"), m_b);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_onlyChanges = new QCheckBox(tr("Only the items that move or change funding"), this);
    m_onlyChanges->setChecked(true);
    layout->addWidget(m_onlyChanges);
    m_model = new CompareModel(settings, this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RawRole);
    proxy->setFilterRole(ChangedRole);
    proxy->setFilterKeyColumn(CompareModel::Move);
    proxy->setFilterFixedString(u"1"_s);
    connect(m_onlyChanges, &QCheckBox::toggled, proxy,
            [proxy](bool only) { proxy->setFilterFixedString(only ? u"1"_s : QString()); });
    m_view = new QTableView(this);
    m_view->setModel(proxy);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // B's order at first
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CompareModel::Title, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_a, &QComboBox::currentIndexChanged, this, &CompareDialog::compareChosen);
    connect(m_b, &QComboBox::currentIndexChanged, this, &CompareDialog::compareChosen);
    resize(820, 560);
    compareChosen();
}

void CompareDialog::compareChosen()
{
    compare(m_a->currentData().toString(), m_b->currentData().toString());
}

bool CompareDialog::compare(const QString& a, const QString& b)
{
    io::RankReport reports[2] = {m_current, m_current};
    const QString names[2] = {a, b};
    for (int i = 0; i < 2; ++i) {
        if (names[i].isEmpty())
            continue;
        auto stored = storage::ScenarioRepository(m_db).get(names[i]);
        Status st = stored ? Status() : Status(stored.error());
        // The scenario is checked here, in the person's language (the engine words it in English).
        if (const QString problem =
                stored ? RankingText::scenarioProblem(m_settings, stored->scenario) : QString();
            !problem.isEmpty())
            st = Status(Error{Error::Kind::Invalid, problem});
        if (st)
            st = io::rerank(reports[i], stored->scenario);
        if (!st) {
            m_summary->setText(st.error().message);
            m_model->setMoves({});
            return false;
        }
    }
    m_model->setMoves(io::compareReports(reports[0], reports[1]));
    int up = 0, down = 0, entered = 0, left = 0;
    for (const auto& m : m_model->moves()) {
        const auto d = m.delta();
        up += d && *d > 0 ? 1 : 0;
        down += d && *d < 0 ? 1 : 0;
        entered += m.enteredFunded() ? 1 : 0;
        left += m.leftFunded() ? 1 : 0;
    }
    QString text = tr("From A to B: %1 items move up, %2 move down.")
                       .arg(formatCountCell(m_settings, up), formatCountCell(m_settings, down));
    if (m_current.plan)
        text += u' ' + tr("%1 enter the funded set and %2 leave it.")
                           .arg(formatCountCell(m_settings, entered), formatCountCell(m_settings, left));
    m_summary->setText(text);
    return true;
}

QString CompareDialog::summary() const
{
    return m_summary->text();
}

} // namespace ehya::gui
