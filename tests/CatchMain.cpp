// Catch2's main, alone in its file so that it compiles once (it is slow). Tests run offscreen:
// Catch2's test discovery runs the binary at build time, where no display may exist.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestApplication.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <memory>

// The default application object; the GUI test binary defines a strong version that returns a
// QApplication (see TestApplication.h).
__attribute__((weak)) std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // "--backend=postgres" (added by CTest for the "pg: " copies of the storage tests) makes the
    // fixtures open databases on the test server (StorageFixture.h); Catch never sees it.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--backend=postgres") == 0) {
            qputenv("EHYA_TEST_BACKEND", "postgres");
            std::copy(argv + i + 1, argv + argc, argv + i);
            --argc;
            break;
        }
    }
    const auto app = makeTestApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
