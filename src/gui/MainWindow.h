#pragma once

#include "DisplaySettings.h"
#include "core/Result.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace Ui {
class MainWindow;
}

namespace ehya::storage {
class Database;
}

// The first window: two read-only tables (half-finished projects, idle units) over one open
// database, File › New / Open / Open Recent / Quit and Help › About.
namespace ehya::gui {

class ProjectTableModel;
class RecentFiles;
class UnitTableModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // How an error reaches the person; the default shows a QMessageBox. Tests replace it.
    using ErrorReporter =
        std::function<void(const QString& title, const QString& text, const QString& details)>;

    explicit MainWindow(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path` (keeping the current one if that fails) and shows its records.
    // Every error is reported through the error reporter and returned.
    Status openDatabase(const QString& path);
    // Creates an empty database (reference data only) at `path`, which must not exist, and opens it.
    Status createDatabase(const QString& path);

    void setErrorReporter(ErrorReporter reporter);

    storage::Database* database() const { return m_db.get(); }
    QTableView* projectView() const;
    QTableView* unitView() const;
    ProjectTableModel* projectModel() const { return m_projectModel; }
    UnitTableModel* unitModel() const { return m_unitModel; }
    QSortFilterProxyModel* projectProxy() const { return m_projectProxy; }
    QSortFilterProxyModel* unitProxy() const { return m_unitProxy; }
    const DisplaySettings& displaySettings() const { return m_settings; }
    QStringList recentFiles() const;

private Q_SLOTS:
    void newDatabaseDialog();
    void openDatabaseDialog();
    void showAbout();
    void rebuildRecentMenu();

private:
    void setUpTables();
    void applyDefaultOrder();
    void connectActions();
    Status reload();
    void fitColumns(QTableView* view);
    void updateStatus();
    void report(const Error& error, const QString& path);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DisplaySettings m_settings;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<RecentFiles> m_recent;
    std::unique_ptr<storage::Database> m_db;
    ProjectTableModel* m_projectModel = nullptr;
    UnitTableModel* m_unitModel = nullptr;
    QSortFilterProxyModel* m_projectProxy = nullptr;
    QSortFilterProxyModel* m_unitProxy = nullptr;
    ErrorReporter m_reportError;
};

} // namespace ehya::gui
