#pragma once

#include "Records.h"

#include <QList>
#include <QString>

#include <optional>

// Stable English keys (stored in the database and written to CSV), the fixed Persian labels that
// officers type in spreadsheets (accepted on import), and the display label in the UI language
// (through QCoreApplication::translate, context "ehya::Labels").
namespace ehya {

template <typename E> struct EnumEntry
{
    E value;
    const char* key;         // e.g. "under_construction"
    const char* labelEn;     // source text for translation, e.g. "Under construction"
    const char16_t* labelFa; // fixed Persian label, e.g. u"در دست اجرا"
};

// One table per enum; each function below is defined for: AgencyGroup, ProjectStatus, UnitStatus,
// RevivalPath, ObstacleType, ActionType, ActionStatus, Role, OwnerKind.
template <typename E> const QList<EnumEntry<E>>& enumEntries();

template <typename E> QString enumKey(E value);

// Display label in the current UI language (translated).
template <typename E> QString enumLabel(E value);

// Accepts the key, the English label or the Persian label (after search-key folding, so Arabic
// letter forms, ZWNJ and case do not matter). std::nullopt when nothing matches.
template <typename E> std::optional<E> enumFromText(const QString& text);

} // namespace ehya
