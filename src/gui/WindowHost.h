#pragma once

#include "DisplaySettings.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QApplication;

// Owns the main window and builds it again when the person changes the settings (language,
// calendar, digits, money unit): the old window closes with its database, the language is set up
// anew and a new window opens the same database. main() and the tests use it.
namespace ehya::gui {

class MainWindow;

class WindowHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowHost)

public:
    // `prepare` is called on every new window before it opens the database (tests set their
    // error reporter and user chooser there); `show` shows it (main: maximized).
    WindowHost(QApplication& app, QString database, std::function<void(MainWindow&)> prepare = {},
               std::function<void(MainWindow&)> show = {});
    ~WindowHost() override;

    void build(const DisplaySettings& settings);
    MainWindow* window() const { return m_window.get(); }
    int builds() const { return m_builds; }

private:
    QApplication& m_app;
    QString m_database;
    std::function<void(MainWindow&)> m_prepare;
    std::function<void(MainWindow&)> m_show;
    std::unique_ptr<MainWindow> m_window;
    int m_builds = 0;
};

} // namespace ehya::gui
