#pragma once

#include "Columns.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

// Importing projects or idle units from an officer's CSV or XLSX file (DESIGN.md "CSV rules").
// Shared by `ehya-cli import` and the GUI. By default all or nothing: every problem of every row
// is reported with file, line and column, and nothing is written unless every row is valid. With
// skipInvalid the valid rows land and the rejected ones are written, with a reason column, to a
// rejects file. A permit or licence number already stored in the province updates that record
// (audited) instead of adding a twin; the same number twice in one file is a problem.
namespace ehya::io {

struct ImportOptions
{
    Sheet sheet = Sheet::Projects; // Projects or Units
    bool dryRun = false;           // read, check and count; write nothing
    bool skipInvalid = false;
    QString rejectsPath;               // with skipInvalid; "" → FILE.rejects.csv next to the file
    QHash<QString, QString> columnMap; // file header → column key, or "-" to ignore it
    int maxProblems = 1000;            // problems kept for the report (all are counted)
    // Called every 1,000 rows with the rows read so far and the share of the file read (0..1, or
    // -1 when the reader cannot tell, as for XLSX); returning false cancels: nothing is written.
    std::function<bool(qint64 rowsRead, double fractionRead)> progress;
};

// One problem of one row, as the GUI lists them.
struct ImportProblem
{
    int line = 0;     // the file's line (CSV) or sheet row (XLSX)
    int column = 0;   // 1-based; 0 when the problem is the row's, not a cell's
    QString key;      // the column key ("progress"), or "" for the row
    QString sentence; // what is wrong, in the user's language
};

struct ImportSummary
{
    qint64 rows = 0; // data rows read
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    qint64 problemCount = 0;
    QStringList problems;         // "FILE:LINE:COLUMN: sentence (key)", at most maxProblems
    QList<ImportProblem> details; // the same problems, one by one
    QStringList notices;          // how the file was read ("read as Windows-1256"), ignored columns
    QString rejectsPath;          // written when rows were rejected under skipInvalid
    bool written = false;         // the changes were committed
    bool cancelled = false;
};

// An Error for what stops the whole file (missing, unreadable, not a table, a bad header, a
// storage failure); otherwise the summary, with written == false when rows were rejected (all or
// nothing), on a dry run, or when cancelled. The database is never half-written.
Result<ImportSummary> importFile(storage::Database& db, const QString& path, const ImportOptions& options);

} // namespace ehya::io
