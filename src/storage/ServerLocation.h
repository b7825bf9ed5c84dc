#pragma once

#include "core/Result.h"

#include <QString>

// A server-mode location: postgresql://user@host:port/dbname (or postgres://). The password never
// appears in it: libpq takes it from PGPASSWORD, the password file (~/.pgpass, PGPASSFILE) or a
// service file, so it is not on the command line, in the settings or in a log.
namespace ehya::storage {

struct ServerLocation
{
    QString user;     // empty: libpq's default (PGUSER, else the OS user)
    QString host;     // empty: libpq's default (PGHOST, else the local socket)
    int port = -1;    // -1: libpq's default (PGPORT, else 5432)
    QString database; // empty: libpq's default (PGDATABASE, else the user name)
    QString options;  // query parameters as QPSQL connect options ("sslmode=require;...")

    static bool isServer(const QString& location);
    // A server location that carries a password (user:secret@ or ?password=), which parse refuses.
    static bool holdsPassword(const QString& location);
    // Invalid, naming the part that is wrong, for a malformed location or one with a password.
    static Result<ServerLocation> parse(const QString& location);
    // The location as it may be shown and logged (it never holds a password).
    QString display() const;
};

} // namespace ehya::storage
