// The officer's desk at scale (issue 5): on a generated database of 100k projects and 20k idle
// units, the real main window (offscreen) is timed from "open" to the first painted list, a
// keystroke in the search box, a click on a column header and paging through the list. Each
// figure is printed with a baseline measured in the same run (the machines are shared and noisy:
// medians and ratios). Not a test; bench/README.md explains the figures.
//   bench_gui [--projects N] [--units M] [--runs R] [--database FILE]
#include "gui/DisplaySettings.h"
#include "gui/FilterBar.h"
#include "gui/Localization.h"
#include "gui/MainWindow.h"
#include "gui/ProjectTableModel.h"
#include "gui/RecordListPane.h"
#include "io/DemoData.h"
#include "io/Generator.h"
#include "storage/Database.h"
#include "storage/Listing.h"

#include "BenchSupport.h"

#include <fmt/format.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <vector>

using namespace ehya;
using bench::measure;
using bench::summarize;
using bench::Timing;

namespace {

void report(const char* name, const Timing& ours, const char* baselineName, const Timing& baseline)
{
    fmt::print("{:<10} median {:8.1f} ms (min {:7.1f}, max {:7.1f}) | baseline {:<34} median {:8.1f} ms"
               " | ratio {:5.2f}x\n",
               name, ours.median, ours.min, ours.max, baselineName, baseline.median,
               baseline.median > 0 ? ours.median / baseline.median : 0.0);
}

long peakRssMiB()
{
    return bench::peakRssKiB() / 1024;
}

[[noreturn]] void die(const QString& what, const QString& message)
{
    fmt::print(stderr, "bench_gui: {}: {}\n", what.toStdString(), message.toStdString());
    std::exit(1);
}

qint64 argument(const QStringList& args, const char* name, qint64 fallback)
{
    const qsizetype at = args.indexOf(QLatin1String(name));
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

// Waits until the event queue is empty, so that what a change asked to repaint has been painted.
void settle(QWidget& window)
{
    QCoreApplication::processEvents();
    window.repaint();
    QCoreApplication::processEvents();
}

void generate(const QString& path, qint64 projects, qint64 units)
{
    if (const Status created = io::createDatabase(path, false); !created)
        die(QStringLiteral("create"), created.error().message);
    auto db = storage::Database::open(path);
    if (!db)
        die(QStringLiteral("open"), db.error().message);
    io::GenerateOptions options;
    options.projects = projects;
    options.units = units;
    QElapsedTimer timer;
    timer.start();
    if (auto made = io::generateData(**db, options); !made)
        die(QStringLiteral("generate"), made.error().message);
    fmt::print("generated {} projects and {} idle units in {:.1f} s\n", projects, units,
               static_cast<double>(timer.elapsed()) / 1000.0);
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gui::applyLanguage(app, gui::Language::Persian);
    const QStringList args = QCoreApplication::arguments();
    const qint64 projects = argument(args, "--projects", 100000);
    const qint64 units = argument(args, "--units", 20000);
    const int runs = static_cast<int>(std::max<qint64>(1, argument(args, "--runs", 5)));

    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const qsizetype given = args.indexOf(QStringLiteral("--database"));
    if (given >= 0 && given + 1 < args.size())
        path = args.at(given + 1);
    else
        generate(path, projects, units);

    const auto settings = gui::DisplaySettings::forLanguage(gui::Language::Persian);
    fmt::print("\n{} runs each; Persian display (Jalali dates, Persian digits), offscreen, 1280x720\n", runs);

    // Open: from nothing to the painted list, in a fresh window each run.
    const Timing open = measure(runs, [&] {
        gui::MainWindow window(settings);
        window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
        window.setErrorReporter(
            [](const QString&, const QString& text, const QString&) { die(QStringLiteral("open"), text); });
        window.resize(1280, 720);
        window.show();
        if (!window.openDatabase(path).ok())
            die(QStringLiteral("open"), path);
        settle(window);
    });
    const Timing scan = measure(runs, [&] {
        const QString name = QStringLiteral("bench-bare");
        {
            QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            bare.setDatabaseName(path);
            bare.open();
            for (const char* table : {"project", "unit"}) {
                QSqlQuery query(bare);
                query.setForwardOnly(true);
                query.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table));
                const int columns = query.record().count();
                while (query.next()) {
                    for (int i = 0; i < columns; ++i)
                        query.value(i);
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
    });
    report("open", open, "bare open + SELECT * project, unit", scan);

    const Timing empty = measure(runs, [&] {
        gui::MainWindow window(settings);
        window.resize(1280, 720);
        window.show();
        settle(window);
    });
    fmt::print("a window with no database: median {:.1f} ms (part of every open above)\n", empty.median);

    // Where the open goes, step by step (one run each, after the runs above warmed the cache).
    {
        QElapsedTimer step;
        step.start();
        auto db = storage::Database::open(path);
        const double opened = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        auto projectRows = storage::listProjectRows(**db);
        const double listedProjects = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        auto unitRows = storage::listUnitRows(**db);
        const double listedUnits = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        gui::ProjectTableModel projectModel(settings);
        projectModel.setRows(*projectRows);
        const double modelled = double(step.nsecsElapsed()) / 1e6;
        step.restart();
        projectModel.sort(gui::ProjectTableModel::Progress, Qt::DescendingOrder);
        projectModel.sort(gui::ProjectTableModel::Status, Qt::AscendingOrder);
        const double sorted = double(step.nsecsElapsed()) / 1e6;
        fmt::print("open steps: Database::open {:.0f} ms, listProjectRows {:.0f} ms, listUnitRows {:.0f} ms, "
                   "project model {:.0f} ms, default order {:.0f} ms\n",
                   opened, listedProjects, listedUnits, modelled, sorted);
    }

    gui::MainWindow window(settings);

    window.setUserChooser([](storage::Database&) { return std::optional<gui::CurrentUser>(); });
    window.resize(1280, 720);
    window.show();
    if (!window.openDatabase(path).ok())
        die(QStringLiteral("open"), path);
    settle(window);
    auto* model = window.projectModel();
    QLineEdit* search = window.projectPane()->filterBar()->searchEdit();
    fmt::print("{} project rows in the list\n", model->rowCount());
    // The search texts are made in the background after the list shows; a person starts typing
    // later than that takes.
    QElapsedTimer indexing;
    indexing.start();
    while (!model->searchReady())
        QCoreApplication::processEvents();
    fmt::print("search texts ready {:.0f} ms after the list was shown (event loop kept running)\n",
               double(indexing.nsecsElapsed()) / 1e6);

    // A keystroke: each prefix of a typed word, then back to empty, as an officer types.
    const QStringList typed = {
        QStringLiteral("ک"),     QStringLiteral("کا"),     QStringLiteral("کار"),     QStringLiteral("کارخ"),
        QStringLiteral("کارخا"), QStringLiteral("کارخان"), QStringLiteral("کارخانه"), QString()};
    std::vector<double> keystrokes;
    std::vector<int> shown;
    for (int r = 0; r < runs; ++r) {
        for (const QString& text : typed) {
            QElapsedTimer timer;
            timer.start();
            search->setText(text);
            settle(window);
            keystrokes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            if (r == 0)
                shown.push_back(model->rowCount());
        }
    }
    // The least a search can do: one contains() per row over the same texts, no widgets.
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->rowAt(row).project.title;
    std::vector<double> bare;
    for (int r = 0; r < runs; ++r) {
        for (const QString& text : typed) {
            QElapsedTimer timer;
            timer.start();
            qsizetype hits = 0;
            for (const QString& title : std::as_const(titles))
                hits += title.contains(text) ? 1 : 0;
            bare.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            (void)hits;
        }
    }
    report("keystroke", summarize(keystrokes), "QString::contains over the titles", summarize(bare));
    fmt::print("           rows shown while typing:");
    for (const int n : shown)
        fmt::print(" {}", n);
    fmt::print("\n");

    // A click on a header: sort by title (Persian collation), then by progress.
    QTableView* view = window.projectView();
    const Timing sortTitle = measure(runs, [&] {
        view->sortByColumn(gui::ProjectTableModel::Title, Qt::AscendingOrder);
        settle(window);
        view->sortByColumn(gui::ProjectTableModel::Title, Qt::DescendingOrder);
        settle(window);
    });
    const Timing sortProgress = measure(runs, [&] {
        view->sortByColumn(gui::ProjectTableModel::Progress, Qt::AscendingOrder);
        settle(window);
        view->sortByColumn(gui::ProjectTableModel::Progress, Qt::DescendingOrder);
        settle(window);
    });
    const Timing bareSort = measure(runs, [&] {
        std::vector<double> values;
        values.reserve(std::size_t(model->rowCount()));
        for (int row = 0; row < model->rowCount(); ++row)
            values.push_back(model->rowAt(row).project.progress);
        std::stable_sort(values.begin(), values.end());
        std::stable_sort(values.begin(), values.end(), std::greater<>());
    });
    report("sort title", sortTitle, "two std::stable_sort of doubles", bareSort);
    report("sort prog.", sortProgress, "two std::stable_sort of doubles", bareSort);

    // Paging down: each page painted (no database access: the model holds the rows).
    QScrollBar* bar = view->verticalScrollBar();
    std::vector<double> pages;
    for (int page = 0; page < 200; ++page) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + bar->pageStep());
        view->viewport()->repaint();
        pages.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::vector<double> bareFrames;
    for (int page = 0; page < 200; ++page) {
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint(); // the same page again: painting only
        bareFrames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    report("page down", summarize(pages), "repaint of the same page", summarize(bareFrames));

    fmt::print("peak RSS {} MiB\n", peakRssMiB());
    return 0;
}
