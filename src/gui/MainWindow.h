#pragma once

#include "CurrentUser.h"
#include "DisplaySettings.h"
#include "core/Result.h"
#include "io/ListFilter.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QSettings;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace ehya::storage {
class Database;
}

// The officer's desk: the two record lists (half-finished projects, idle units) with their
// filters over one open database, the edits as undo commands (EditSession), File › New / Open /
// Open Recent / Quit and Help › About. Dialogs are opened here; what they change goes through
// the session or the io services.
namespace ehya::gui {

class DashboardView;
class EditSession;
class ProjectTableModel;
class RecentFiles;
class RecordEditor;
class RankingView;
class RecordPage;
class TransferController;
class RecordListPane;
class UnitTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // How an error reaches the person; the default shows a QMessageBox. Tests replace it.
    using ErrorReporter =
        std::function<void(const QString& title, const QString& text, const QString& details)>;

    // Who works on a database the app does not know the user of yet; the default asks with
    // UserDialog. Tests replace it. std::nullopt: the OS login, with an officer's rights.
    using UserChooser = std::function<std::optional<CurrentUser>(storage::Database& db)>;

    explicit MainWindow(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path` (keeping the current one if that fails) and shows its records.
    // Every error is reported through the error reporter and returned.
    Status openDatabase(const QString& path);
    // Creates an empty database (reference data only) at `path`, which must not exist, and opens it.
    Status createDatabase(const QString& path);

    void setErrorReporter(ErrorReporter reporter);
    void setUserChooser(UserChooser chooser) { m_chooseUser = std::move(chooser); }
    const CurrentUser& currentUser() const { return m_user; }
    RecordEditor* editor() const { return m_editor; }

    storage::Database* database() const { return m_db.get(); }
    QTableView* projectView() const;
    QTableView* unitView() const;
    ProjectTableModel* projectModel() const { return m_projectModel; }
    UnitTableModel* unitModel() const { return m_unitModel; }
    RecordListPane* projectPane() const { return m_projectPane; }
    RecordListPane* unitPane() const { return m_unitPane; }
    EditSession* editSession() const { return m_session; }
    RecordPage* recordPage() const { return m_page; }
    TransferController* transfer() const { return m_transfer; }
    RankingView* rankingView() const { return m_ranking; } // the Ranking tab; nullptr without a database
    const DisplaySettings& displaySettings() const { return m_settings; }
    // The status bar's count of the current list ("325 of 1,610 projects").
    QString countText() const;
    QStringList recentFiles() const;
    DashboardView* dashboard() const { return m_dashboard; }
    // Shows the tab "projects", "units" or "dashboard"; false for another name.
    bool showView(const QString& name);
    // Shows the list of this kind with the filter set (the dashboard's bars ask for it).
    void openFilteredList(OwnerKind kind, const io::ListFilter& filter);

Q_SIGNALS:
    // The person chose other settings (language, calendar, digits, money unit): main builds the
    // window again with them.
    void settingsChangeRequested(const DisplaySettings& settings);

private Q_SLOTS:
    void newDatabaseDialog();
    void editCurrent();
    void deleteCurrent();
    void addReportToCurrent();
    void showSettings();
    void chooseUser();
    void showReferenceData();
    void openDatabaseDialog();
    void connectServerDialog();
    void showAbout();
    void rebuildRecentMenu();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpTables();
    void setUpEditing();
    void applyDefaultOrder();
    void connectActions();
    Status reload();
    void refreshRecord(OwnerKind kind, Id id);
    void removeRecord(OwnerKind kind, Id id);
    void updateStatus();
    void saveViewState();
    void startUser();
    void updateActions();
    void setUpRecordPage();
    void showCurrentRecord();
    RecordListPane* currentPane() const;
    void report(const Error& error, const QString& path);
    void setUpDashboard();
    void reloadDashboard(const QList<Province>& provinces);
    bool onListTab() const;
    void followManagerTabs(); // the record page's dock hides on the ranking and dashboard tabs
    void restoreRecordDock();
    void setUpRankingTab(); // MainWindowManager.cpp

    std::unique_ptr<Ui::MainWindow> m_ui;
    DisplaySettings m_settings;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<storage::Database> m_db;
    ProjectTableModel* m_projectModel = nullptr;
    UnitTableModel* m_unitModel = nullptr;
    RecordListPane* m_projectPane = nullptr;
    RecordListPane* m_unitPane = nullptr;
    EditSession* m_session = nullptr;
    RecordEditor* m_editor = nullptr;
    RecordPage* m_page = nullptr;
    TransferController* m_transfer = nullptr;
    DashboardView* m_dashboard = nullptr;
    bool m_dockHiddenForManagerTab = false;
    RankingView* m_ranking = nullptr;
    CurrentUser m_user;
    bool m_userPending = false; // a database is opening and its user is not known yet
    UserChooser m_chooseUser;
    ErrorReporter m_reportError;
};

} // namespace ehya::gui
