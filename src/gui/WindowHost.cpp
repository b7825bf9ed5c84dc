#include "WindowHost.h"

#include "Localization.h"
#include "MainWindow.h"

#include <QApplication>

namespace ehya::gui {

WindowHost::WindowHost(QApplication& app, QString database, std::function<void(MainWindow&)> prepare,
                       std::function<void(MainWindow&)> show)
    : QObject(&app), m_app(app), m_database(std::move(database)), m_prepare(std::move(prepare)),
      m_show(std::move(show))
{
}

WindowHost::~WindowHost() = default;

void WindowHost::build(const DisplaySettings& settings)
{
    if (m_window) {
        if (!m_window->windowFilePath().isEmpty())
            m_database = m_window->windowFilePath(); // the database open now, maybe another one
        m_window->close();                           // saves the filters, columns and docks
        // The request arrived queued, so nothing of the old window is on the stack: delete it now,
        // which closes its database (and its lock) before the new window opens it.
        m_window.reset();
    }
    applyLanguage(m_app, settings.language);
    m_window = std::make_unique<MainWindow>(settings);
    ++m_builds;
    connect(
        m_window.get(), &MainWindow::settingsChangeRequested, this,
        [this](const DisplaySettings& next) { build(next); }, Qt::QueuedConnection);
    if (m_prepare)
        m_prepare(*m_window);
    if (m_show)
        m_show(*m_window);
    else
        m_window->show();
    if (!m_database.isEmpty())
        m_window->openDatabase(m_database).ok();
}

} // namespace ehya::gui
