#include "TableFormat.h"

namespace ehya::gui {

QString pickName(const DisplaySettings& s, const QString& fa, const QString& en)
{
    if (s.persian())
        return fa.isEmpty() ? en : fa;
    return en.isEmpty() ? fa : en;
}

QString formatMoneyCell(const DisplaySettings& s, qint64 rials, bool withUnit)
{
    // One decimal of the large units (0.1 billion toman is a billion rials), always shown so that
    // a column of amounts lines up; whole rials and tomans.
    const qint64 step = qMax<qint64>(1, rialsPer(s.moneyUnit) / 10);
    const qint64 rounded = (rials >= 0 ? rials + step / 2 : rials - step / 2) / step * step;
    MoneyFormat f;
    f.unit = s.moneyUnit;
    f.digits = s.digits;
    f.decimals = rialsPer(s.moneyUnit) >= 1'000'000 ? 1 : 0;
    f.withUnit = withUnit; // in a table, the unit is in the column header
    return formatMoney(rounded, f);
}

QString formatPercentCell(const DisplaySettings& s, double percent)
{
    const QString sign = s.digits == Digits::Persian ? QStringLiteral("\u066A") : QStringLiteral("%");
    return formatDecimal(percent, 1, s.digits) + sign;
}

QString formatCountCell(const DisplaySettings& s, qint64 value)
{
    return formatInteger(value, s.digits);
}

QString formatDateCell(const DisplaySettings& s, const QDate& date)
{
    if (!date.isValid())
        return {};
    return formatDate(date, s.calendar, s.digits);
}

QVariant numberAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter));
}

QVariant centerAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignHCenter | Qt::AlignVCenter));
}

QString tierLabel(const DisplaySettings& s, engine::Tier tier)
{
    if (s.persian()) {
        switch (tier) {
        case engine::Tier::A:
            return QStringLiteral("الف");
        case engine::Tier::B:
            return QStringLiteral("ب");
        case engine::Tier::C:
            return QStringLiteral("ج");
        case engine::Tier::D:
            return QStringLiteral("د");
        }
    }
    return QString(QLatin1Char(engine::tierLetter(tier)));
}

} // namespace ehya::gui
