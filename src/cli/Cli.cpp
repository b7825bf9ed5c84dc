#include "Cli.h"

#include <cstdio>

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

void write(std::FILE* stream, const QString& text)
{
    const QByteArray utf8 = (text + u'\n').toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stream);
    std::fflush(stream);
}

QString overview()
{
    return Text::tr("Usage: ehya-cli COMMAND DB [options]\n"
                    "Keeps the records of idle factories and half-finished industrial projects.\n"
                    "DB is a SQLite file path (or a postgresql:// URL in server mode).\n"
                    "\n"
                    "Commands:\n"
                    "  init DB                  create DB holding only the reference data\n"
                    "  demo DB                  create DB holding the demo dataset\n"
                    "  generate DB --projects N --units M [--seed S]\n"
                    "                           add synthetic data at scale (creates DB if missing)\n"
                    "  stats DB [--format table|json]\n"
                    "                           figures per province\n"
                    "  rank DB [--kind projects|units] [--province NAME] [--scenario NAME]\n"
                    "          [--budget AMOUNT] [--plan policy|max-jobs] [--as-of DATE]\n"
                    "          [--format table|csv|json] [--output FILE] [--sensitivity N]\n"
                    "                           the ranked restart list and a budget plan\n"
                    "  scenario DB list|show NAME|save NAME FILE.json|delete NAME\n"
                    "                           the scenarios (weights, tiers, rules) the ranking uses\n"
                    "\n"
                    "Options:\n"
                    "  -h, --help               show this help (or a command's: ehya-cli stats --help)\n"
                    "  --version                show the version\n"
                    "\n"
                    "Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.");
}

} // namespace

void printOut(const QString& text)
{
    write(stdout, text);
}

void printErr(const QString& text)
{
    write(stderr, text);
}

int fail(int code, const QString& message)
{
    printErr(u"ehya-cli: "_s + message);
    return code;
}

int usageError(const QString& command, const QString& message)
{
    printErr(u"ehya-cli: "_s + message);
    printErr(command.isEmpty() ? Text::tr("Try 'ehya-cli --help'.")
                               : Text::tr("Try 'ehya-cli %1 --help'.").arg(command));
    return ExitCode::Usage;
}

int run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        printErr(overview());
        return ExitCode::Usage;
    }
    const QString& command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        printOut(overview());
        return ExitCode::Success;
    }
    if (command == u"--version") {
        printOut(u"ehya-cli "_s + QCoreApplication::applicationVersion());
        return ExitCode::Success;
    }
    if (command == u"init") {
        return runInit(rest);
    }
    if (command == u"demo") {
        return runDemo(rest);
    }
    if (command == u"generate") {
        return runGenerate(rest);
    }
    if (command == u"stats") {
        return runStats(rest);
    }
    if (command == u"rank") {
        return runRank(rest);
    }
    if (command == u"scenario") {
        return runScenario(rest);
    }
    if (command.startsWith(u'-')) {
        return usageError({}, Text::tr("Unknown option %1.").arg(command));
    }
    return usageError({}, Text::tr("Unknown command '%1'.").arg(command));
}

} // namespace ehya::cli
