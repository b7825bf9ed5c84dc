#include "Cli.h"

#include "core/Digits.h"
#include "i18n.h"
#include "storage/ServerLocation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <optional>

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
                    "  import DB --kind projects|units FILE [--dry-run] [--skip-invalid]\n"
                    "                           projects or idle units from a CSV or XLSX file\n"
                    "  export DB --kind projects|units|reports|ranking --output FILE\n"
                    "          [--format csv|xlsx] [--no-bom] [--headers en|fa]\n"
                    "                           the records or the ranked list as CSV or XLSX\n"
                    "  report DB --output FILE.pdf [--kind projects|units] [--province NAME]\n"
                    "          [--scenario NAME] [--budget AMOUNT] [--plan policy|max-jobs]\n"
                    "                           the PDF report of the ranked list and its plan\n"
                    "  copy FROM TO             every record of FROM into a new or empty TO (a file or a\n"
                    "                           server, either way), checked by counts and checksums\n"
                    "\n"
                    "Options:\n"
                    "  -h, --help               show this help (or a command's: ehya-cli stats --help)\n"
                    "  --version                show the version\n"
                    "  --lang L                 fa or en, for every command: the language of messages, help\n"
                    "                           and tables (default: the system's language); JSON and CSV\n"
                    "                           keep English keys and Latin digits\n"
                    "\n"
                    "Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.");
}

Language g_language = Language::English;

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Persian ? Language::Persian : Language::English;
}

void installTranslator(const QString& file, const QString& directory)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    auto* translator = new QTranslator(app);
    if (translator->load(file, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void setLanguage(Language language)
{
    g_language = language;
    // English is the source text; its .qm only adds the plural forms.
    installTranslator(language == Language::Persian ? u"ehya_fa"_s : u"ehya_en"_s, i18n::directory());
    if (language == Language::Persian)
        installTranslator(u"qtbase_fa"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Validation messages show their numbers in the digits of the locale's language.
    QLocale::setDefault(language == Language::Persian ? QLocale(QLocale::Persian, QLocale::Iran)
                                                      : QLocale(QLocale::English, QLocale::UnitedStates));
}

bool isCommand(const QString& name)
{
    static const QStringList commands{u"init"_s,     u"demo"_s,   u"generate"_s, u"stats"_s,  u"rank"_s,
                                      u"scenario"_s, u"import"_s, u"export"_s,   u"report"_s, u"copy"_s};
    return commands.contains(name);
}

} // namespace

Language language()
{
    return g_language;
}

QString localDigits(const QString& latin, bool persian)
{
    if (!persian)
        return latin;
    QString out = toPersianDigits(latin);
    for (QChar& c : out) {
        if (c == u',')
            c = QChar(0x066C); // Arabic thousands separator
        else if (c == u'.')
            c = QChar(0x066B); // Arabic decimal separator
        else if (c == u'%')
            c = QChar(0x066A); // Arabic percent sign
    }
    return out;
}

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

bool needsGuiApplication(int argc, char* argv[])
{
    // The command is the first argument that is not the global --lang or its value.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--lang") {
            ++i;
            continue;
        }
        if (argument.startsWith("--lang="))
            continue;
        return argument == "report";
    }
    return false;
}

int run(const QStringList& allArguments)
{
    // The global --lang (or --lang=L), anywhere before "--", is taken out here; the language is
    // set before any message is written, so that even a usage error speaks it.
    QStringList arguments;
    std::optional<QString> lang;
    bool langMissing = false, langTwice = false;
    bool onlyPositional = false;
    for (qsizetype i = 0; i < allArguments.size(); ++i) {
        const QString& argument = allArguments.at(i);
        onlyPositional = onlyPositional || argument == u"--";
        QString value;
        if (!onlyPositional && argument == u"--lang") {
            if (i + 1 == allArguments.size()) {
                langMissing = true;
                continue;
            }
            value = allArguments.at(++i);
        } else if (!onlyPositional && argument.startsWith(u"--lang=")) {
            value = argument.mid(7);
        } else {
            arguments.append(argument);
            continue;
        }
        langTwice = langTwice || lang.has_value();
        lang = value;
    }
    const bool langValid = !lang || *lang == u"fa" || *lang == u"en";
    setLanguage(lang && langValid ? (*lang == u"fa" ? Language::Persian : Language::English)
                                  : systemLanguage());
    if (langMissing || langTwice || !langValid) {
        const QString command =
            !arguments.isEmpty() && isCommand(arguments.first()) ? arguments.first() : QString();
        return usageError(
            command, langMissing ? Text::tr("The option --%1 needs a value.").arg(u"lang"_s)
                     : langTwice ? Text::tr("The option --%1 is given twice.").arg(u"lang"_s)
                                 : Text::tr("The value of --lang must be fa or en; it is '%1'.").arg(*lang));
    }

    if (arguments.isEmpty()) {
        printErr(overview());
        return ExitCode::Usage;
    }
    // A server location with a password is refused before any command can echo it in a message.
    for (const QString& argument : std::as_const(arguments)) {
        if (storage::ServerLocation::holdsPassword(argument))
            return fail(ExitCode::Rejected, storage::ServerLocation::parse(argument).error().message);
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
    if (command == u"import") {
        return runImport(rest);
    }
    if (command == u"export") {
        return runExport(rest);
    }
    if (command == u"report") {
        return runReport(rest);
    }
    if (command == u"copy") {
        return runCopy(rest);
    }
    if (command.startsWith(u'-')) {
        return usageError({}, Text::tr("Unknown option %1.").arg(command));
    }
    return usageError({}, Text::tr("Unknown command '%1'.").arg(command));
}

} // namespace ehya::cli
