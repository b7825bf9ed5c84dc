#pragma once

#include "Columns.h"
#include "RankingService.h"
#include "TableWriter.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>

// Exports of what officers and managers take away (DESIGN.md "CSV rules", docs/csv-format.md):
// the projects, the idle units and the progress history by the columns of Columns.h, and a ranked
// list with its scenario, budget and plan. Streamed row by row from the database, written
// atomically. Shared by `ehya-cli export`, `ehya-cli rank` and the GUI.
namespace ehya::io {

struct ExportOptions
{
    Sheet sheet = Sheet::Projects;
    Id provinceId = 0; // 0: every province
    WriteOptions write;
    // Called every 1,000 rows with the rows written so far; returning false cancels: no file is
    // left behind, a previous file at the path stays as it was, and the error is Cancelled.
    std::function<bool(qint64 rowsWritten)> progress;
};

// The number of rows written.
Result<qint64> exportSheet(storage::Database& db, const QString& path, const ExportOptions& options);

// The ranked list: columns and typed rows (rank, code, title, province, county, tier, score,
// progress, cost, cumulative cost, jobs, funded, the points of each criterion, the spread).
QList<OutColumn> rankingColumns(const RankReport& report);
QList<QVariantList> rankingRows(const RankReport& report, bool persianNames);
Result<qint64> exportRanking(const RankReport& report, const QString& path, const WriteOptions& options);

} // namespace ehya::io
