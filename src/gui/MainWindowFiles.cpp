// MainWindow, continued: opening and creating databases, the recent files, About.
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "ConflictDialog.h"
#include "DatabaseErrors.h"
#include "EditSession.h"
#include "FilterBar.h"
#include "ProjectTableModel.h"
#include "RecentFiles.h"
#include "RecordEditor.h"
#include "RecordListPane.h"
#include "RecordPage.h"
#include "ReferenceDataDialog.h"
#include "SettingsDialog.h"
#include "SettingsStore.h"
#include "TableFormat.h"
#include "TransferController.h"
#include "UnitTableModel.h"
#include "UserDialog.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Listing.h"
#include "storage/Repositories.h"
#include "storage/ServerLocation.h"
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <utility>

using namespace Qt::StringLiterals;

namespace ehya::gui {

namespace {

const QString kSuffix = QStringLiteral("sqlite");

// A file's absolute path, or a server location as it is.
QString normalLocation(const QString& location)
{
    return storage::ServerLocation::isServer(location) ? location.trimmed()
                                                       : QFileInfo(location).absoluteFilePath();
}

// What the title bar and the recent menu call a database: the file name, or "db on host".
QString shortName(const QString& location)
{
    if (!storage::ServerLocation::isServer(location))
        return QFileInfo(location).fileName();
    auto where = storage::ServerLocation::parse(location);
    if (!where)
        return location;
    return MainWindow::tr("%1 on %2")
        .arg(where->database, where->host.isEmpty() ? u"localhost"_s : where->host);
}

} // namespace

Status MainWindow::openDatabase(const QString& path)
{
    const QString absolute = normalLocation(path);
    if (m_db && !m_db->isPostgres() && QFileInfo(m_db->location()).absoluteFilePath() == absolute)
        return reload(); // already open here: opening it again would find our own lock

    auto opened = storage::Database::open(absolute);
    if (!opened) {
        report(opened.error(), absolute);
        if (opened.error().kind == Error::Kind::NotFound) {
            m_recent->remove(absolute);
            rebuildRecentMenu();
        }
        return opened.error();
    }
    std::unique_ptr<storage::Database> previous = std::exchange(m_db, std::move(opened).value());
    m_userPending = true; // the ranking tab is made once, by startUser, with the user's rights
    const Status loaded = reload();
    if (!loaded) {
        m_userPending = false;
        m_db = std::move(previous);
        reload().ok();
        return loaded;
    }
    startUser();
    m_recent->add(absolute);
    rebuildRecentMenu();
    setWindowFilePath(m_db->isPostgres() ? QString() : absolute);
    setWindowTitle(tr("%1 — Ehya").arg(shortName(absolute)));
    return {};
}

Status MainWindow::createDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        const Error error{Error::Kind::Invalid, tr("The file %1 already exists.").arg(absolute)};
        const ErrorText t = createErrorText(error, absolute);
        m_reportError(t.title, t.text, {});
        return error;
    }
    const Status created = io::createDatabase(absolute, false);
    if (!created) {
        const ErrorText t = createErrorText(created.error(), absolute);
        m_reportError(t.title, t.text, t.details);
        return created;
    }
    return openDatabase(absolute);
}

void MainWindow::report(const Error& error, const QString& path)
{
    const ErrorText t = openErrorText(error, path);
    m_reportError(t.title, t.text, t.details);
}

void MainWindow::newDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    QString path =
        QFileDialog::getSaveFileName(this, tr("New database"), dir, tr("Ehya databases (*.sqlite *.db)"),
                                     nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kSuffix;
    createDatabase(path).ok();
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db ? QFileInfo(m_db->location()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dir,
                                                      tr("Ehya databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path).ok();
}

void MainWindow::connectServerDialog()
{
    bool ok = false;
    const QString location = QInputDialog::getText(
        this, tr("Connect to server"),
        tr("The server's database, as postgresql://user@host:port/database.\n"
           "The password comes from the password file (~/.pgpass) or PGPASSWORD; do not write it here."),
        QLineEdit::Normal, m_db && m_db->isPostgres() ? m_db->location() : u"postgresql://"_s, &ok);
    if (ok && !location.trimmed().isEmpty())
        openDatabase(location.trimmed()).ok();
}

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        const QString label =
            QStringLiteral("&%1  %2").arg(formatCountCell(m_settings, i + 1), shortName(file));
        QAction* action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file).ok(); });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        QAction* clear = menu->addAction(tr("&Clear list"));
        connect(clear, &QAction::triggered, this, [this] {
            m_recent->clear();
            rebuildRecentMenu();
        });
    }
    menu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Ehya"),
                       tr("<h3>Ehya %1</h3><p>Records of idle industrial units and half-finished "
                          "industrial projects for provincial industry offices: keep them, rank "
                          "them and report on them.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace ehya::gui
