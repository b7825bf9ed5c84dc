#pragma once

#include "CurrentUser.h"
#include "DisplaySettings.h"
#include "core/Result.h"
#include "engine/Scenario.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace ehya::storage {
class Database;
}

// The scenario side panel of the ranking view: a stored scenario to start from (the seed policy
// is always there), its weights for the current kind, tier thresholds, eligibility, normalisation
// and ordering. Every change emits scenarioEdited() with a valid scenario at once, or shows the
// problem inline. Managers save the edited scenario under a name and delete their own; an
// officer sees it read-only, with a sentence saying so.
namespace ehya::gui {

class ScenarioPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScenarioPanel)

public:
    ScenarioPanel(storage::Database& db, const DisplaySettings& settings, const CurrentUser& user,
                  QWidget* parent = nullptr);

    void setKind(engine::Kind kind);
    engine::Scenario scenario() const; // as edited (valid or not)
    QString storedName() const;        // the stored scenario chosen in the combo
    QString problem() const;           // why the edited scenario is not valid; empty when valid
    bool readOnly() const { return m_readOnly; }
    QStringList storedNames() const;

    // Re-reads the stored scenarios and chooses `name` (the seed policy when empty or gone).
    Status reloadScenarios(const QString& name = {});
    void chooseStored(const QString& name);
    // The stored scenario `other` has chosen (when this database has it) and, unless this panel is
    // read-only (an officer does not change scenarios), its unsaved edits: a panel made again
    // keeps what the person was doing.
    void takeChoiceOf(const ScenarioPanel& other);
    bool edited() const { return m_edited; } // changed since the stored scenario was chosen
    // Saves the edited scenario as `name` (audited by the database's current user) and chooses it.
    Status saveAs(const QString& name);
    // Deletes the chosen stored scenario (not the seed policy) and goes back to the seed policy.
    Status removeChosen();

    // Test access to the editors.
    QDoubleSpinBox* weightBox(std::size_t c) const { return m_weights[c]; }
    QDoubleSpinBox* thresholdBox(int i) const { return m_thresholds[static_cast<std::size_t>(i)]; }
    QCheckBox* requireMarketBox() const { return m_requireMarket; }
    QComboBox* scenarioCombo() const { return m_stored; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* readOnlyLabel() const { return m_readOnlyNote; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void scenarioEdited(); // the edited scenario changed and is valid
    void errorOccurred(const QString& title, const QString& text);

private:
    void buildUi();
    void showScenario(const engine::Scenario& scenario);
    void readEditors();
    void updateProblem();
    void updateKindLabels();
    void askSaveAs();
    void askRemove();

    storage::Database& m_db;
    DisplaySettings m_settings;
    CurrentUser m_user;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_edited = false;
    engine::Kind m_kind = engine::Kind::Project;
    engine::Scenario m_scenario;
    QString m_problemText;
    QComboBox* m_stored = nullptr;
    std::array<QLabel*, engine::kCriteria> m_weightLabels{};
    std::array<QDoubleSpinBox*, engine::kCriteria> m_weights{};
    std::array<QDoubleSpinBox*, 3> m_thresholds{};
    QWidget* m_tierBox = nullptr;
    QCheckBox* m_requireMarket = nullptr;
    QCheckBox* m_requireJustified = nullptr;
    std::array<QCheckBox*, 5> m_states{};
    QComboBox* m_normalisation = nullptr;
    QComboBox* m_ordering = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace ehya::gui
