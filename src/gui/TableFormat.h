#pragma once

#include "DisplaySettings.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <Qt>

// Formatting shared by the table models: the display text of a cell in the settings' language,
// digits and calendar. The raw value a proxy sorts on stays with the model (RawRole).
namespace ehya::gui {

// The role that carries the raw value of a cell: a number, an ISO date string or a key.
inline constexpr int RawRole = Qt::UserRole;
// The id of the record a row shows (any column).
inline constexpr int IdRole = Qt::UserRole + 1;

QString pickName(const DisplaySettings& s, const QString& fa, const QString& en);
QString formatMoneyCell(const DisplaySettings& s, qint64 rials, bool withUnit = false);
QString formatPercentCell(const DisplaySettings& s, double percent); // "۷۴٫۹٪" / "74.9%"
QString formatCountCell(const DisplaySettings& s, qint64 value);     // "۱٬۲۰۰" / "1,200"
QString formatDateCell(const DisplaySettings& s, const QDate& date); // Jalali or ISO, "" if null
// Numbers are right-aligned in both directions (AlignAbsolute), so that their digits line up.
QVariant numberAlignment();
QVariant centerAlignment();
QString tierLabel(const DisplaySettings& s, engine::Tier tier); // "الف".."د" / "A".."D"

} // namespace ehya::gui
