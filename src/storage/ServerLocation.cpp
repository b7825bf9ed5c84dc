#include "ServerLocation.h"

#include "StorageText.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ehya::storage {

bool ServerLocation::isServer(const QString& location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive) ||
           location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

bool ServerLocation::holdsPassword(const QString& location)
{
    if (!isServer(location))
        return false;
    const QUrl url(location);
    // "user:secret@host": also when QUrl cannot parse the rest (then it reports no password).
    if (!url.password().isEmpty() ||
        (location.contains(u'@') && location.section(u'@', 0, 0).count(u':') > 1))
        return true;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    return std::any_of(items.begin(), items.end(), [](const auto& item) {
        // also a "password=" smuggled inside another setting's value
        return item.first.compare(u"password", Qt::CaseInsensitive) == 0 ||
               item.second.contains(u"password", Qt::CaseInsensitive);
    });
}

Result<ServerLocation> ServerLocation::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    const auto bad = [&](const QString& why) {
        return Error{Error::Kind::Invalid,
                     StorageText::tr("The server location %1 is not valid: %2. Write it as "
                                     "postgresql://user@host:port/database.")
                         .arg(location.section(u'@', -1).section(u'?', 0, 0), why)};
    };
    if (!isServer(location) || !url.isValid())
        return bad(isServer(location) ? StorageText::tr("it is not a valid address")
                                      : StorageText::tr("it does not start with postgresql://"));
    const Error passwordRefused{
        Error::Kind::Invalid,
        StorageText::tr("The server location must not hold a password (it would show in the "
                        "process list and in logs). Put the password in ~/.pgpass or in the "
                        "PGPASSWORD variable, and write the location as "
                        "postgresql://user@host:port/database.")};
    if (holdsPassword(location))
        return passwordRefused;
    ServerLocation out;
    out.user = url.userName();
    out.host = url.host();
    out.port = url.port(-1);
    out.database = url.path().mid(1);
    if (out.database.contains(u'/'))
        return bad(StorageText::tr("the database name \"%1\" contains a slash").arg(out.database));
    QStringList options;
    // Only connection settings that change how, not as whom, one connects; a value cannot smuggle
    // in another setting (QPSQL joins them with spaces for libpq).
    static const QStringList allowed{
        u"sslmode"_s,    u"sslrootcert"_s,     u"sslcert"_s,          u"sslkey"_s,
        u"sslcrl"_s,     u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s,
        u"gssencmode"_s, u"keepalives"_s,      u"keepalives_idle"_s};
    static const QRegularExpression unsafe(QStringLiteral("[\\s;='\\\\]"));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return bad(StorageText::tr("the setting \"%1\" is not one Ehya passes on (it takes %2)")
                           .arg(key, allowed.join(u", ")));
        if (value.contains(unsafe))
            return bad(StorageText::tr("the value of the setting \"%1\" holds a space, ';', '=' or a quote")
                           .arg(key));
        options << key + u'=' + value;
    }
    out.options = options.join(u';');
    return out;
}

QString ServerLocation::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port >= 0)
        text += u':' + QString::number(port);
    return text + u'/' + database;
}

} // namespace ehya::storage
