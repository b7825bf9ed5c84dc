#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The command-line tool (DESIGN.md "Command-line contract"). main.cpp only builds the
// application (QCoreApplication, or QGuiApplication for `report`) and calls run(); each command lives in its
// own file.
namespace ehya::cli {

// Exit status: 0 success, 1 input rejected (nothing written), 2 usage error.
enum ExitCode : int { Success = 0, Rejected = 1, Usage = 2 };

// Translation context of every person-visible string of the tool.
class Text final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::cli::Text)
public:
    Text() = delete;
};

// The language of messages, help and tables: `--lang fa|en`, a global option of every command
// (run() takes it out of the arguments before the command sees them); without it Persian when
// the system locale is Persian, else English. Persian installs the translator of
// ":/i18n/ehya_fa.qm" (and Qt's qtbase_fa). JSON and CSV never depend on it: English keys, Latin
// digits (only `rank --format csv` takes the Persian or English names from it).
enum class Language { English, Persian };
Language language();
inline bool persian()
{
    return language() == Language::Persian;
}

// A number written with Latin digits ("1,610.5", "75%") in the digits of the language: with
// `persian`, Persian digits, U+066C for ',' , U+066B for '.', U+066A for '%'; else unchanged.
QString localDigits(const QString& latin, bool persian);

// UTF-8 to stdout / stderr; a newline is appended.
void printOut(const QString& text);
void printErr(const QString& text);

// "ehya-cli: <message>" on stderr; returns `code`, so that commands can `return fail(...)`.
int fail(int code, const QString& message);
// A usage error: the message, then "Try 'ehya-cli <command> --help'." Returns ExitCode::Usage.
int usageError(const QString& command, const QString& message);

// `arguments` excludes the program name: {"stats", "demo.sqlite", "--format", "json"}.
int run(const QStringList& arguments);

// The commands; `arguments` excludes the program and the command name.
int runInit(const QStringList& arguments);
int runDemo(const QStringList& arguments);
int runGenerate(const QStringList& arguments);
int runStats(const QStringList& arguments);
int runRank(const QStringList& arguments);
int runScenario(const QStringList& arguments);
int runImport(const QStringList& arguments);
int runExport(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runCopy(const QStringList& arguments);

// True when the command paints (report): main() then builds a QGuiApplication, offscreen when
// no platform is set, instead of a QCoreApplication. `argv` as main() has it.
bool needsGuiApplication(int argc, char* argv[]);

} // namespace ehya::cli
