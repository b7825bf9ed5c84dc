#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "DatabaseErrors.h"
#include "ProjectTableModel.h"
#include "RecentFiles.h"
#include "TableFormat.h"
#include "UnitTableModel.h"
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Listing.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <utility>

namespace ehya::gui {

namespace {

const QString kSuffix = QStringLiteral("sqlite");

void showError(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setInformativeText(details);
    box.exec();
}

QSortFilterProxyModel* makeProxy(QAbstractItemModel* source, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(RawRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

} // namespace

MainWindow::MainWindow(const DisplaySettings& settings, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_qsettings(std::make_unique<QSettings>(QStringLiteral("Ehya"), QStringLiteral("Ehya"))),
      m_recent(std::make_unique<RecentFiles>(*m_qsettings))
{
    m_ui->setupUi(this);
    m_reportError = [this](const QString& title, const QString& text, const QString& details) {
        showError(this, title, text, details);
    };
    setUpTables();
    connectActions();
    rebuildRecentMenu();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QTableView* MainWindow::projectView() const
{
    return m_ui->projectView;
}

QTableView* MainWindow::unitView() const
{
    return m_ui->unitView;
}

QStringList MainWindow::recentFiles() const
{
    return m_recent->files();
}

void MainWindow::setErrorReporter(ErrorReporter reporter)
{
    m_reportError = std::move(reporter);
}

void MainWindow::setUpTables()
{
    m_projectModel = new ProjectTableModel(m_settings, this);
    m_unitModel = new UnitTableModel(m_settings, this);
    m_projectProxy = makeProxy(m_projectModel, this);
    m_unitProxy = makeProxy(m_unitModel, this);
    m_ui->projectView->setModel(m_projectProxy);
    m_ui->unitView->setModel(m_unitProxy);
    for (QTableView* view : {m_ui->projectView, m_ui->unitView}) {
        view->horizontalHeader()->setResizeContentsPrecision(200);
        view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
        view->horizontalHeader()->setHighlightSections(false);
        view->horizontalHeader()->setStretchLastSection(true);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    }
    applyDefaultOrder();
}

void MainWindow::applyDefaultOrder()
{
    // What the programme brings back first: projects under construction with the highest progress
    // (the proxy sorts stably, so progress stays the order within a status), idle units with the
    // most restorable jobs.
    m_ui->projectView->sortByColumn(ProjectTableModel::Progress, Qt::DescendingOrder);
    m_ui->projectView->sortByColumn(ProjectTableModel::Status, Qt::AscendingOrder);
    m_ui->unitView->sortByColumn(UnitTableModel::Jobs, Qt::DescendingOrder);
    m_ui->unitView->sortByColumn(UnitTableModel::Status, Qt::AscendingOrder);
}

void MainWindow::connectActions()
{
    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newDatabaseDialog);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] { updateStatus(); });
}

Status MainWindow::openDatabase(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db && QFileInfo(m_db->location()).absoluteFilePath() == absolute)
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
    const Status loaded = reload();
    if (!loaded) {
        m_db = std::move(previous);
        reload().ok();
        return loaded;
    }
    m_recent->add(absolute);
    rebuildRecentMenu();
    setWindowFilePath(absolute);
    setWindowTitle(tr("%1 — Ehya").arg(QFileInfo(absolute).fileName()));
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

Status MainWindow::reload()
{
    if (!m_db) {
        m_projectModel->setRows({});
        m_unitModel->setRows({});
        updateStatus();
        return {};
    }
    auto projects = storage::listProjectRows(*m_db);
    auto units = storage::listUnitRows(*m_db);
    const Error* failed = !projects ? &projects.error() : !units ? &units.error() : nullptr;
    if (failed) {
        report(*failed, m_db->location());
        return *failed;
    }
    m_projectModel->setRows(std::move(projects).value());
    m_unitModel->setRows(std::move(units).value());
    applyDefaultOrder();
    fitColumns(m_ui->projectView);
    fitColumns(m_ui->unitView);
    updateStatus();
    return {};
}

void MainWindow::fitColumns(QTableView* view)
{
    // Each column as wide as its contents, except that long text columns (titles, sector names)
    // give up width, down to a floor, so that every column fits the view; they elide and show the
    // whole text as a tooltip.
    auto* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    view->resizeColumnsToContents();
    // The vertical scroll bar appears once the rows are in: leave room for it.
    const int scrollBar = view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    const int available =
        (view->width() > 200 ? view->width() : width() - 40) - 2 * view->frameWidth() - scrollBar - 4;
    const int floor = view->fontMetrics().averageCharWidth() * 18;
    int total = 0;
    for (int c = 0; c < header->count(); ++c)
        total += header->sectionSize(c);
    while (total > available) {
        int widest = 0;
        for (int c = 1; c < header->count(); ++c) {
            if (header->sectionSize(c) > header->sectionSize(widest))
                widest = c;
        }
        const int excess = total - available;
        const int size = header->sectionSize(widest);
        const int shrunk = qMax(floor, size - excess);
        if (shrunk >= size)
            break;
        header->resizeSection(widest, shrunk);
        total -= size - shrunk;
    }
    header->setStretchLastSection(true);
}

void MainWindow::updateStatus()
{
    const int projects = m_projectModel->rowCount();
    const int units = m_unitModel->rowCount();
    const QString text = m_ui->tabs->currentIndex() == 0
                             ? tr("%1 projects", nullptr, projects).arg(formatCountCell(m_settings, projects))
                             : tr("%1 idle units", nullptr, units).arg(formatCountCell(m_settings, units));
    statusBar()->showMessage(text);
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

void MainWindow::rebuildRecentMenu()
{
    QMenu* menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString& file = files.at(i);
        const QString label =
            QStringLiteral("&%1  %2").arg(formatCountCell(m_settings, i + 1), QFileInfo(file).fileName());
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
