#pragma once

#include "Records.h"

#include <QList>
#include <QString>

// Validation returns every problem of a record, field by field, in words a person understands
// (translated; context "ehya::Validation"). An empty list means the record is valid.
// Reference existence (does county 7 exist?) is checked by the storage layer, not here.
namespace ehya {

struct FieldError
{
    QString field;   // the CSV / database key of the field, e.g. "progress", "permit_no"
    QString message; // e.g. "Physical progress must be between 0 and 100; it is 120."
};
using FieldErrors = QList<FieldError>;

FieldErrors validate(const Project& project);
FieldErrors validate(const IdleUnit& unit);
FieldErrors validate(const ProgressReport& report);
FieldErrors validate(const Obstacle& obstacle);
FieldErrors validate(const Action& action);

// "permit_no: ...; progress: ..." — all messages on one line, for logs and the CLI.
QString joinErrors(const FieldErrors& errors);

// Rounds a percent to one decimal, as stored.
double roundPercent(double value);

} // namespace ehya
