#pragma once

#include <QStringList>

class QSettings;

// The "Open Recent" list, newest first, at most eight files, kept in QSettings
// (organization "Ehya", application "Ehya", key "recentFiles").
namespace ehya::gui {

class RecentFiles final
{
public:
    static constexpr int kMax = 8;

    explicit RecentFiles(QSettings& settings);

    QStringList files() const;
    void add(const QString& path); // moves it to the top; drops the oldest past kMax
    void remove(const QString& path);
    void clear();

private:
    void store(const QStringList& files);

    QSettings& m_settings;
};

} // namespace ehya::gui
