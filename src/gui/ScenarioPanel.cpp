#include "ScenarioPanel.h"

#include "RankingText.h"
#include "TableFormat.h"
#include "io/RankingService.h"
#include "storage/Scenarios.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ehya::gui {

namespace {

// A weight with up to four decimals, shown without trailing zeros: 0.4, 0.125 (not 0.4000).
class WeightBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QString text = locale().toString(value, 'f', decimals());
        const QString point = locale().decimalPoint(), zero = locale().zeroDigit();
        if (text.contains(point)) {
            while (text.endsWith(zero))
                text.chop(zero.size());
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};

} // namespace

using namespace Qt::StringLiterals;

ScenarioPanel::ScenarioPanel(storage::Database& db, const DisplaySettings& settings, const CurrentUser& user,
                             QWidget* parent)
    : QWidget(parent), m_db(db), m_settings(settings), m_user(user), m_readOnly(!user.isManager())
{
    buildUi();
    reloadScenarios().ok();
}

void ScenarioPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_readOnlyNote = new QLabel(tr("Only managers change scenarios; you can see the one in use."), this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setStyleSheet(u"color: #8d6e00;"_s);
    m_readOnlyNote->setVisible(m_readOnly);
    layout->addWidget(m_readOnlyNote);

    auto* top = new QFormLayout;
    m_stored = new QComboBox(this);
    top->addRow(tr("Scenario"), m_stored);
    layout->addLayout(top);

    auto* weights = new QGroupBox(tr("Weights"), this);
    auto* weightForm = new QFormLayout(weights);
    for (std::size_t c = 0; c < engine::kCriteria; ++c) {
        m_weightLabels[c] = new QLabel(weights);
        m_weights[c] = new WeightBox(weights);
        m_weights[c]->setRange(0, 100);
        m_weights[c]->setDecimals(4); // 0.125 stays 0.125
        m_weights[c]->setSingleStep(0.05);
        weightForm->addRow(m_weightLabels[c], m_weights[c]);
    }
    layout->addWidget(weights);

    auto* tiers = new QGroupBox(tr("Progress tiers (%)"), this);
    m_tierBox = tiers;
    auto* tierForm = new QFormLayout(tiers);
    const QStringList tierNames{tr("Tier %1 from").arg(tierLabel(m_settings, engine::Tier::A)),
                                tr("Tier %1 from").arg(tierLabel(m_settings, engine::Tier::B)),
                                tr("Tier %1 from").arg(tierLabel(m_settings, engine::Tier::C))};
    for (std::size_t i = 0; i < 3; ++i) {
        m_thresholds[i] = new QDoubleSpinBox(tiers);
        m_thresholds[i]->setRange(0, 100);
        m_thresholds[i]->setDecimals(1);
        tierForm->addRow(tierNames[static_cast<qsizetype>(i)], m_thresholds[i]);
    }
    layout->addWidget(tiers);

    auto* eligibility = new QGroupBox(tr("Eligible"), this);
    auto* eligibilityLayout = new QVBoxLayout(eligibility);
    for (auto& box : m_states) {
        box = new QCheckBox(eligibility);
        eligibilityLayout->addWidget(box);
    }
    m_requireMarket = new QCheckBox(tr("Units must have a market"), eligibility);
    m_requireJustified = new QCheckBox(tr("Units must be economically justified"), eligibility);
    eligibilityLayout->addWidget(m_requireMarket);
    eligibilityLayout->addWidget(m_requireJustified);
    layout->addWidget(eligibility);

    auto* method = new QFormLayout;
    m_normalisation = new QComboBox(this);
    m_normalisation->addItem(tr("Percentile (mid-rank)"), int(engine::Normalisation::MidRankPercentile));
    m_normalisation->addItem(tr("Min–max"), int(engine::Normalisation::MinMax));
    m_ordering = new QComboBox(this);
    m_ordering->addItem(tr("Tier first, then score"), int(engine::Ordering::TierFirst));
    m_ordering->addItem(tr("Score only"), int(engine::Ordering::ScoreOnly));
    method->addRow(tr("Normalisation"), m_normalisation);
    method->addRow(tr("Order"), m_ordering);
    layout->addLayout(method);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c62828;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save as…"), this);
    m_remove = new QPushButton(tr("Delete"), this);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    layout->addLayout(buttons);
    layout->addStretch(1);

    const auto edited = [this] { readEditors(); };
    // A weight box writes back only its own weight: the others keep every decimal they have.
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        connect(m_weights[c], &QDoubleSpinBox::valueChanged, this, [this, c](double value) {
            if (m_loading)
                return;
            (m_kind == engine::Kind::Project ? m_scenario.projectWeights : m_scenario.unitWeights)[c] = value;
            readEditors();
        });
    for (auto* box : m_thresholds)
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    for (auto* box : m_states)
        connect(box, &QCheckBox::toggled, this, edited);
    connect(m_requireMarket, &QCheckBox::toggled, this, edited);
    connect(m_requireJustified, &QCheckBox::toggled, this, edited);
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, edited);
    connect(m_ordering, &QComboBox::currentIndexChanged, this, edited);
    connect(m_stored, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            chooseStored(storedName());
    });
    connect(m_save, &QPushButton::clicked, this, &ScenarioPanel::askSaveAs);
    connect(m_remove, &QPushButton::clicked, this, &ScenarioPanel::askRemove);

    for (QWidget* w :
         std::initializer_list<QWidget*>{weights, tiers, eligibility, m_normalisation, m_ordering})
        w->setEnabled(!m_readOnly);
    m_save->setVisible(!m_readOnly);
    m_remove->setVisible(!m_readOnly);
    updateKindLabels();
}

void ScenarioPanel::setKind(engine::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    updateKindLabels();
    showScenario(m_scenario);
}

void ScenarioPanel::updateKindLabels()
{
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        m_weightLabels[c]->setText(RankingText::criterion(m_kind, c));
    const int states = RankingText::stateCount(m_kind);
    for (int i = 0; i < int(m_states.size()); ++i) {
        m_states[static_cast<std::size_t>(i)]->setVisible(i < states);
        if (i < states)
            m_states[static_cast<std::size_t>(i)]->setText(RankingText::state(m_kind, i));
    }
    m_tierBox->setVisible(m_kind == engine::Kind::Project);
    m_requireMarket->setVisible(m_kind == engine::Kind::Unit);
    m_requireJustified->setVisible(m_kind == engine::Kind::Unit);
}

void ScenarioPanel::showScenario(const engine::Scenario& scenario)
{
    m_loading = true;
    m_scenario = scenario;
    const auto& weights = scenario.weights(m_kind);
    for (std::size_t c = 0; c < engine::kCriteria; ++c)
        m_weights[c]->setValue(weights[c]);
    m_thresholds[0]->setValue(scenario.tiers.t1);
    m_thresholds[1]->setValue(scenario.tiers.t2);
    m_thresholds[2]->setValue(scenario.tiers.t3);
    const auto& states = m_kind == engine::Kind::Project ? scenario.projectStates : scenario.unitStates;
    for (int i = 0; i < int(m_states.size()); ++i)
        m_states[static_cast<std::size_t>(i)]->setChecked(std::find(states.begin(), states.end(), i) !=
                                                          states.end());
    m_requireMarket->setChecked(scenario.requireMarket);
    m_requireJustified->setChecked(scenario.requireJustified);
    m_normalisation->setCurrentIndex(m_normalisation->findData(int(scenario.normalisation)));
    m_ordering->setCurrentIndex(m_ordering->findData(int(scenario.ordering)));
    m_loading = false;
    updateProblem();
}

void ScenarioPanel::updateProblem()
{
    const auto& states = m_kind == engine::Kind::Project ? m_scenario.projectStates : m_scenario.unitStates;
    m_problemText = RankingText::scenarioProblem(m_settings, m_scenario); // in the person's language
    if (m_problemText.isEmpty() && states.empty())
        m_problemText = tr("Choose at least one eligible status.");
    m_problem->setText(m_problemText);
    m_problem->setVisible(!m_problemText.isEmpty());
}

void ScenarioPanel::readEditors()
{
    if (m_loading)
        return;
    m_scenario.tiers = {m_thresholds[0]->value(), m_thresholds[1]->value(), m_thresholds[2]->value()};
    auto& states = m_kind == engine::Kind::Project ? m_scenario.projectStates : m_scenario.unitStates;
    states.clear();
    for (int i = 0; i < RankingText::stateCount(m_kind); ++i)
        if (m_states[static_cast<std::size_t>(i)]->isChecked())
            states.push_back(i);
    m_scenario.requireMarket = m_requireMarket->isChecked();
    m_scenario.requireJustified = m_requireJustified->isChecked();
    m_scenario.normalisation = static_cast<engine::Normalisation>(m_normalisation->currentData().toInt());
    m_scenario.ordering = static_cast<engine::Ordering>(m_ordering->currentData().toInt());
    // Lists and reports name what they were ranked with: not the stored scenario any more.
    m_scenario.name = tr("%1 (edited)").arg(io::scenarioDisplayName(storedName())).toStdString();
    m_edited = true;
    updateProblem();
    if (m_problemText.isEmpty())
        Q_EMIT scenarioEdited();
}

engine::Scenario ScenarioPanel::scenario() const
{
    return m_scenario;
}

QString ScenarioPanel::storedName() const
{
    return m_stored->currentData().toString();
}

QString ScenarioPanel::problem() const
{
    return m_problemText;
}

QStringList ScenarioPanel::storedNames() const
{
    QStringList names;
    for (int i = 0; i < m_stored->count(); ++i)
        names << m_stored->itemData(i).toString();
    return names;
}

Status ScenarioPanel::reloadScenarios(const QString& name)
{
    auto list = storage::ScenarioRepository(m_db).list();
    if (!list)
        return list.error();
    m_loading = true;
    m_stored->clear();
    for (const auto& stored : *list) {
        const QString storedName = QString::fromStdString(stored.scenario.name);
        m_stored->addItem(io::scenarioDisplayName(storedName), storedName);
    }
    int index = m_stored->findData(name.isEmpty() ? storage::seedPolicyName() : name);
    if (index < 0)
        index = m_stored->findData(storage::seedPolicyName());
    m_stored->setCurrentIndex(std::max(index, 0));
    m_loading = false;
    chooseStored(storedName());
    return {};
}

void ScenarioPanel::chooseStored(const QString& name)
{
    auto stored = storage::ScenarioRepository(m_db).get(name);
    if (!stored) {
        Q_EMIT errorOccurred(tr("Scenario"), stored.error().message);
        return;
    }
    m_loading = true;
    m_stored->setCurrentIndex(m_stored->findData(name));
    m_loading = false;
    m_remove->setEnabled(!stored->builtin && !m_readOnly);
    m_edited = false;
    showScenario(stored->scenario);
    if (m_problemText.isEmpty())
        Q_EMIT scenarioEdited();
}

void ScenarioPanel::takeChoiceOf(const ScenarioPanel& other)
{
    if (m_stored->findData(other.storedName()) >= 0 && other.storedName() != storedName())
        chooseStored(other.storedName());
    if (!other.m_edited || m_readOnly || other.storedName() != storedName())
        return;
    m_edited = true;
    showScenario(other.m_scenario); // with its "(edited)" name
    if (m_problemText.isEmpty())
        Q_EMIT scenarioEdited();
}

Status ScenarioPanel::saveAs(const QString& name)
{
    if (m_readOnly)
        return Error{Error::Kind::Invalid, tr("Only managers change scenarios.")};
    if (!m_problemText.isEmpty())
        return Error{Error::Kind::Invalid, m_problemText};
    // The seed policy is shown by its display name: another scenario may not take that name either.
    if (name.trimmed().compare(io::scenarioDisplayName(storage::seedPolicyName()), Qt::CaseInsensitive) == 0)
        return Error{Error::Kind::Invalid, tr("That is the seed policy's name: choose another name.")};
    storage::ScenarioRepository repository(m_db);
    storage::StoredScenario stored;
    stored.scenario = m_scenario;
    stored.scenario.name = name.trimmed().toStdString();
    // Saving over the chosen scenario updates it; over another existing name is a conflict.
    if (name.trimmed() == storedName()) {
        if (auto current = repository.get(storedName()); current && !current->builtin)
            stored.version = current->version;
    }
    if (Status st = repository.save(stored); !st)
        return st;
    return reloadScenarios(name.trimmed());
}

Status ScenarioPanel::removeChosen()
{
    if (m_readOnly)
        return Error{Error::Kind::Invalid, tr("Only managers change scenarios.")};
    storage::ScenarioRepository repository(m_db);
    auto current = repository.get(storedName());
    if (!current)
        return current.error();
    if (Status st = repository.remove(storedName(), current->version); !st)
        return st;
    return reloadScenarios();
}

void ScenarioPanel::askSaveAs()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save scenario"), tr("Name of the scenario:"), QLineEdit::Normal,
                              storedName() == storage::seedPolicyName() ? QString() : storedName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (Status st = saveAs(name); !st)
        Q_EMIT errorOccurred(tr("The scenario was not saved"), st.error().message);
}

void ScenarioPanel::askRemove()
{
    const auto answer =
        QMessageBox::question(this, tr("Delete scenario"), tr("Delete the scenario “%1”?").arg(storedName()));
    if (answer != QMessageBox::Yes)
        return;
    if (Status st = removeChosen(); !st)
        Q_EMIT errorOccurred(tr("The scenario was not deleted"), st.error().message);
}

} // namespace ehya::gui
