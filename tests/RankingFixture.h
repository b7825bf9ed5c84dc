#pragma once

// The ranking view tests' copy of the demo database, users and the engine's own report.
#include "DemoDatabase.h"
#include "gui/CurrentUser.h"
#include "gui/DisplaySettings.h"
#include "gui/TableFormat.h"
#include "io/RankingService.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QTemporaryDir>

namespace ehya::test {

inline const Rials kThousandBillionToman = 10'000'000'000'000LL;

struct RankingFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<storage::Database> db;
    Id eastAzerbaijan = 0;
    gui::DisplaySettings settings = gui::DisplaySettings::forLanguage(gui::Language::English);

    RankingFixture()
    {
        path = copyOfDemoDatabase(dir);
        storage::OpenOptions options;
        options.exclusive = false;
        auto opened = storage::Database::open(path, options);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        db->setCurrentUser(QStringLiteral("manager1"));
        eastAzerbaijan = *storage::ReferenceRepository(*db).findProvince(QStringLiteral("East Azerbaijan"));
    }

    gui::CurrentUser user(Role role) const
    {
        gui::CurrentUser u;
        u.id = 1;
        u.login = QStringLiteral("manager1");
        u.role = role;
        return u;
    }

    io::RankReport engineReport(std::optional<Rials> budget = {}, const QString& scenario = {})
    {
        io::RankRequest request;
        request.provinceId = eastAzerbaijan;
        request.budget = budget;
        request.scenario = scenario;
        auto report = io::buildRankReport(*db, request);
        REQUIRE(report.ok());
        return std::move(report).value();
    }
};

inline QList<qint64> idsOf(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.index(r, 0).data(gui::IdRole).toLongLong();
    return ids;
}

} // namespace ehya::test
