#pragma once

// Shared by the record page tests: a private copy of the demo database, records picked by what
// they hold (not by id), and the page's buttons and views found by object name.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "TestApplication.h"
#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Enums.h"
#include "gui/ActionTableModel.h"
#include "gui/AuditTableModel.h"
#include "gui/DisplaySettings.h"
#include "gui/Localization.h"
#include "gui/ObstacleTableModel.h"
#include "gui/ProgressChart.h"
#include "gui/RecordPage.h"
#include "gui/ReportTableModel.h"
#include "gui/TableFormat.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace ehya::test {

using gui::RecordPage;

struct Demo
{
    Demo()
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
    }
    QTemporaryDir dir;
    QString path = test::copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db;
};

inline Id firstId(storage::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// The project with the most progress reports; the unit with both open and resolved obstacles.
inline Id projectWithReports(storage::Database& db)
{
    return firstId(db, QStringLiteral("SELECT project_id FROM progress_report GROUP BY project_id "
                                      "ORDER BY count(*) DESC, project_id LIMIT 1"));
}

inline Id unitWithOpenAndResolvedObstacles(storage::Database& db)
{
    return firstId(db,
                   QStringLiteral("SELECT unit_id FROM obstacle WHERE unit_id IS NOT NULL GROUP BY unit_id "
                                  "HAVING sum(resolved IS NULL) > 0 AND sum(resolved IS NOT NULL) > 0 "
                                  "ORDER BY unit_id LIMIT 1"));
}

inline QPushButton* button(const RecordPage& page, const char* name)
{
    auto* b = page.findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

inline QTableView* view(const RecordPage& page, const char* name)
{
    auto* v = page.findChild<QTableView*>(QLatin1String(name));
    REQUIRE(v);
    return v;
}

inline void clickRow(QTableView* v, int row)
{
    const QRect cell = v->visualRect(v->model()->index(row, 0));
    REQUIRE(cell.isValid());
    QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, cell.center());
}

inline gui::DisplaySettings english()
{
    return gui::DisplaySettings::forLanguage(gui::Language::English);
}

} // namespace ehya::test
