#include "Arguments.h"

#include "Cli.h"
#include "core/Digits.h"

#include <algorithm>

namespace ehya::cli {

Result<Arguments> Arguments::parse(const QStringList& arguments, const QList<OptionSpec>& specs)
{
    Arguments parsed;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (onlyPositional || !argument.startsWith(u'-') || argument == u"-") {
            parsed.m_positional.append(argument);
            continue;
        }
        if (argument == u"--") {
            onlyPositional = true;
            continue;
        }
        if (argument == u"--help" || argument == u"-h") {
            parsed.m_help = true;
            continue;
        }
        if (!argument.startsWith(u"--")) {
            return Error{Error::Kind::Invalid, Text::tr("Unknown option %1.").arg(argument)};
        }
        QString name = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            inlineValue = name.mid(equals + 1);
            name.truncate(equals);
        }
        const auto spec = std::find_if(specs.cbegin(), specs.cend(),
                                       [&name](const OptionSpec& s) { return s.name == name; });
        if (spec == specs.cend()) {
            return Error{Error::Kind::Invalid, Text::tr("Unknown option --%1.").arg(name)};
        }
        if (parsed.m_values.contains(name)) {
            return Error{Error::Kind::Invalid, Text::tr("The option --%1 is given twice.").arg(name)};
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                return Error{Error::Kind::Invalid, Text::tr("The option --%1 takes no value.").arg(name)};
            }
            parsed.m_values.insert(name, QString());
            continue;
        }
        if (inlineValue) {
            parsed.m_values.insert(name, *inlineValue);
        } else if (i + 1 < arguments.size()) {
            parsed.m_values.insert(name, arguments.at(++i));
        } else {
            return Error{Error::Kind::Invalid, Text::tr("The option --%1 needs a value.").arg(name)};
        }
    }
    return parsed;
}

std::optional<QString> Arguments::oneDatabaseProblem() const
{
    if (m_positional.isEmpty())
        return Text::tr("The database file (DB) is missing.");
    if (m_positional.size() > 1)
        return Text::tr("Unexpected argument '%1'.").arg(m_positional.at(1));
    return std::nullopt;
}

std::optional<qint64> parseCount(const QString& text, qint64 min, qint64 max)
{
    const QString latin = toLatinDigits(text.trimmed());
    if (latin.isEmpty()) {
        return std::nullopt;
    }
    for (qsizetype i = 0; i < latin.size(); ++i) {
        const QChar c = latin.at(i);
        const bool digit = c >= u'0' && c <= u'9';
        if (!digit && !(i == 0 && c == u'-' && latin.size() > 1)) {
            return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 value = latin.toLongLong(&ok);
    if (!ok || value < min || value > max) {
        return std::nullopt;
    }
    return value;
}

std::optional<quint64> parseSeed(const QString& text)
{
    const QString latin = toLatinDigits(text.trimmed());
    if (latin.isEmpty()) {
        return std::nullopt;
    }
    for (const QChar c : latin) {
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
    }
    bool ok = false;
    const quint64 value = latin.toULongLong(&ok);
    if (!ok) {
        return std::nullopt;
    }
    return value;
}

} // namespace ehya::cli
