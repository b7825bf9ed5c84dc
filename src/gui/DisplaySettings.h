#pragma once

#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Money.h"
#include "engine/Tier.h"

#include <QString>

#include <optional>

// How the views show values: one struct passed to every model, so that a later issue can make
// these user settings without touching the models.
namespace ehya::gui {

enum class Language { Persian, English };

QString languageKey(Language language);                      // "fa" / "en"
std::optional<Language> languageFromKey(const QString& key); // "fa", "en" (any case)

struct DisplaySettings
{
    Language language = Language::Persian;
    CalendarKind calendar = CalendarKind::Jalali;
    Digits digits = Digits::Persian;
    MoneyUnit moneyUnit = MoneyUnit::BillionToman;
    engine::TierThresholds tiers;

    // The defaults of a language: Persian → Jalali dates, Persian digits; English → Gregorian
    // ISO dates, Latin digits. Money in billion toman for both.
    static DisplaySettings forLanguage(Language language);
    bool persian() const { return language == Language::Persian; }
};

} // namespace ehya::gui
