#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The arguments of one command: positionals, `--name value` / `--name=value` options and flags,
// `--help` / `-h`. Anything else starting with '-' is an unknown option (a usage error).
namespace ehya::cli {

struct OptionSpec
{
    QString name;    // without the dashes: "format"
    bool takesValue; // false: a flag such as --dry-run
};

class Arguments final
{
public:
    // Error::Kind::Invalid with a sentence naming the option when an option is unknown, repeated,
    // or lacks its value.
    static Result<Arguments> parse(const QStringList& arguments, const QList<OptionSpec>& specs);

    bool help() const { return m_help; }
    // The usage problem when the positionals are not exactly one database (DB missing, or an
    // unexpected argument after it); nullopt when they are.
    std::optional<QString> oneDatabaseProblem() const;
    const QStringList& positional() const { return m_positional; }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.value(name, fallback);
    }

private:
    bool m_help = false;
    QStringList m_positional;
    QHash<QString, QString> m_values;
};

// A whole number in [min, max] written with Latin, Persian or Arabic-Indic digits;
// std::nullopt for anything else ("12abc", "-5" when min is 0, overflow).
std::optional<qint64> parseCount(const QString& text, qint64 min, qint64 max);
std::optional<quint64> parseSeed(const QString& text);

} // namespace ehya::cli
