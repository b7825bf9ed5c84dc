#include "DatabaseErrors.h"
#include "storage/ServerLocation.h"

#include <QCoreApplication>
#include <QDir>

namespace ehya::gui {

namespace {

// Gives the sentences a translation context of their own.
class DatabaseErrors
{
    Q_DECLARE_TR_FUNCTIONS(ehya::gui::DatabaseErrors)

public:
    static ErrorText open(const Error& error, const QString& path);
    static ErrorText create(const Error& error, const QString& path);
};

ErrorText DatabaseErrors::open(const Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    ErrorText t;
    t.title = tr("Cannot open the database");
    t.details = error.message;
    if (storage::ServerLocation::isServer(path)) {
        switch (error.kind) {
        case Error::Kind::NotFound:
            t.text = tr("The server has no database %1. Check the name, or ask the office's database "
                        "administrator.")
                         .arg(path);
            break;
        case Error::Kind::Invalid:
            t.text = error.message; // the location itself is wrong, or holds a password
            break;
        case Error::Kind::TooNew:
            t.text = tr("The database %1 was set up by a newer version of Ehya. Install the newer "
                        "version to open it.")
                         .arg(path);
            break;
        default:
            t.text = tr("Ehya could not connect to %1. Check that the server is running and reachable, "
                        "that your login may use this database, and that your password is in the "
                        "password file (~/.pgpass) or in PGPASSWORD.")
                         .arg(path);
            break;
        }
        return t;
    }
    switch (error.kind) {
    case Error::Kind::Locked:
        t.text = tr("The database %1 is open in another copy of Ehya. Close it there, or open a "
                    "different file.")
                     .arg(file);
        break;
    case Error::Kind::NotDatabase:
        t.text = tr("The file %1 is not an Ehya database, or it is damaged. Open a backup copy "
                    "instead.")
                     .arg(file);
        break;
    case Error::Kind::TooNew:
        t.text = tr("The database %1 was saved by a newer version of Ehya. Install the newer "
                    "version to open it.")
                     .arg(file);
        break;
    case Error::Kind::NotFound:
        t.text = tr("The file %1 does not exist.").arg(file);
        break;
    case Error::Kind::Io:
        t.text = tr("Ehya may not read or write the file %1. Check that the folder exists and "
                    "that you may write to it.")
                     .arg(file);
        break;
    default:
        t.text = tr("Ehya could not open the database %1.").arg(file);
        break;
    }
    return t;
}

ErrorText DatabaseErrors::create(const Error& error, const QString& path)
{
    const QString file = QDir::toNativeSeparators(path);
    ErrorText t;
    t.title = tr("Cannot create the database");
    t.details = error.message;
    switch (error.kind) {
    case Error::Kind::Io:
        t.text = tr("Ehya may not write the file %1. Choose a folder you may write to.").arg(file);
        break;
    case Error::Kind::Invalid:
        t.text = tr("The file %1 already exists. Choose a new file name.").arg(file);
        break;
    default:
        t.text = tr("Ehya could not create the database %1.").arg(file);
        break;
    }
    return t;
}

} // namespace

ErrorText openErrorText(const Error& error, const QString& path)
{
    return DatabaseErrors::open(error, path);
}

ErrorText createErrorText(const Error& error, const QString& path)
{
    return DatabaseErrors::create(error, path);
}

} // namespace ehya::gui
