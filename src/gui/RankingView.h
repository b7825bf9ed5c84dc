#pragma once

#include "CurrentUser.h"
#include "DisplaySettings.h"
#include "core/Result.h"
#include "io/RankingService.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace ehya::storage {
class Database;
}

// The manager's ranking view: a kind and a province, the scenario side panel, a budget and plan
// mode, the summary of what the budget reaches, the ranked table with its funded line, and the
// explanation card of the selected row. Sensitivity (with progress and Cancel), comparison of two
// scenarios and CSV/XLSX export of exactly what is shown. The report stays in memory: a scenario
// or budget change re-ranks or re-plans it without reading the database (io/RankCompare.h).
namespace ehya::gui {

class ExplanationCard;
class RankingModel;
class ScenarioPanel;
class MoneyEdit;
struct SensitivityJob;

class RankingView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingView)

public:
    RankingView(storage::Database& db, const DisplaySettings& settings, const CurrentUser& user,
                QWidget* parent = nullptr);
    ~RankingView() override;

    const io::RankReport* currentReport() const { return m_report.get(); }
    engine::Kind kind() const { return m_kind; }
    Id province() const { return m_province; }
    // The chosen province's name as the province box shows it; empty for every province.
    QString provinceName() const;
    std::optional<Rials> budget() const { return m_budgetValue; }
    engine::PlanMode plan() const { return m_plan; }
    const QString& databaseLocation() const { return m_location; }
    // The kind, province, scenario (stored and edited), budget and plan of `other` (a view on the
    // same database made before).
    void takeChoicesOf(const RankingView& other);

    void setKind(engine::Kind kind);
    void setProvince(Id provinceId);
    void setBudget(std::optional<Rials> budget); // nullopt: no plan
    void setPlan(engine::PlanMode mode);
    // Reads the candidates again (after the records changed).
    Status reload();
    // The records changed: reload at once when shown, else when next shown. The scenario edits,
    // budget and plan stay.
    void invalidate();
    bool stale() const { return m_stale; }

    QString summaryText() const;
    void selectRow(int row);

    // Sensitivity over the current report, off the GUI thread, with a progress dialog and Cancel.
    // sensitivityFinished(completed) when done; the spread columns then show.
    void startSensitivity(int samples = 500);
    void cancelSensitivity();
    bool sensitivityRunning() const;
    // CSV or XLSX (by the file suffix) of the current report, through io::exportRanking.
    Result<qint64> exportTo(const QString& path);

    RankingModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ScenarioPanel* scenarioPanel() const { return m_panel; }
    ExplanationCard* card() const { return m_card; }
    MoneyEdit* budgetEdit() const { return m_budget; }
    QProgressDialog* sensitivityDialog() const;

Q_SIGNALS:
    void reportChanged(); // a new ranking, scenario, budget or plan (or spread)
    // The person asked for the report of the current ranking: a print preview (print from there),
    // or a PDF file.
    void reportPreviewRequested();
    void reportPdfRequested();
    void sensitivityFinished(bool completed);
    void errorOccurred(const QString& title, const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void fillProvinces();
    void rerankEdited();
    void budgetEdited();
    // Lets the model drop the report's rows before the report changes in place; the selected row.
    // Lets the model go of the report before it changes in place; returns the selected item's id.
    qint64 releaseReport();
    // Shows m_report; selects the item `keepId` (else the item selected now) wherever it ranks now,
    // or clears the card when it is no longer ranked.
    void showReport(std::optional<qint64> keepId = std::nullopt);
    qint64 selectedId() const;
    void updateSummary();
    void showSelected();
    void exportDialog();
    void compareDialog();
    void pollSensitivity();
    void finishSensitivity(const std::shared_ptr<SensitivityJob>& job);

    storage::Database& m_db;
    DisplaySettings m_settings;
    CurrentUser m_user;
    QString m_location;
    engine::Kind m_kind = engine::Kind::Project;
    Id m_province = 0;
    std::optional<Rials> m_budgetValue;
    engine::PlanMode m_plan = engine::PlanMode::Policy;
    std::unique_ptr<io::RankReport> m_report;
    QString m_problem;
    bool m_stale = false;
    int m_generation = 0; // bumps at every new ranking: a late sensitivity result is dropped
    std::shared_ptr<SensitivityJob> m_job;

    QComboBox* m_kindBox = nullptr;
    QComboBox* m_provinceBox = nullptr;
    MoneyEdit* m_budget = nullptr;
    QComboBox* m_planBox = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    RankingModel* m_model = nullptr;
    ScenarioPanel* m_panel = nullptr;
    ExplanationCard* m_card = nullptr;
    QPushButton* m_sensitivityButton = nullptr;
};

} // namespace ehya::gui
