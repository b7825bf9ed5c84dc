#pragma once

#include <QCoreApplication>

#include <memory>

// Defined weakly in CatchMain.cpp (a QCoreApplication); a test binary that needs widgets defines
// it once to return a QApplication.
std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv);
