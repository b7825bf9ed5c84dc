#include "RecentFiles.h"
#include "storage/ServerLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace ehya::gui {

namespace {

const QString kKey = QStringLiteral("recentFiles");

QString canonical(const QString& path)
{
    if (storage::ServerLocation::isServer(path))
        return path; // a server location is kept as it is
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return QDir::cleanPath(c.isEmpty() ? info.absoluteFilePath() : c);
}

} // namespace

RecentFiles::RecentFiles(QSettings& settings) : m_settings(settings) {}

QStringList RecentFiles::files() const
{
    QStringList list = m_settings.value(kKey).toStringList();
    list.removeAll(QString());
    if (list.size() > kMax)
        list.resize(kMax);
    return list;
}

void RecentFiles::add(const QString& path)
{
    const QString file = canonical(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    if (list.size() > kMax)
        list.resize(kMax);
    store(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(path);
    list.removeAll(canonical(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    m_settings.setValue(kKey, files);
    m_settings.sync();
}

} // namespace ehya::gui
