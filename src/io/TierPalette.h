#pragma once

#include "engine/Tier.h"

#include <QColor>

// The colours of the progress tiers, one palette for the record page's badge, the ranking table's
// bands and the PDF report, so that tier B is the same blue on screen and on paper.
namespace ehya::io {

struct TierColours
{
    QColor light; // a background behind dark text
    QColor dark;  // text on `light`, or a background behind white text
};

inline TierColours tierColours(engine::Tier tier)
{
    switch (tier) {
    case engine::Tier::A:
        return {QColor(0xd7, 0xf0, 0xdc), QColor(0x1b, 0x5e, 0x20)};
    case engine::Tier::B:
        return {QColor(0xdb, 0xe9, 0xf7), QColor(0x0d, 0x47, 0xa1)};
    case engine::Tier::C:
        return {QColor(0xfb, 0xec, 0xc8), QColor(0x7a, 0x4f, 0x01)};
    case engine::Tier::D:
        return {QColor(0xf8, 0xd9, 0xd6), QColor(0x8e, 0x1c, 0x10)};
    }
    return {QColor(Qt::white), QColor(Qt::gray)};
}

} // namespace ehya::io
