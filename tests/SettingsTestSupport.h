#pragma once

// Helpers of the settings, user and reference-data dialog tests: driving combo boxes and tables
// with the keyboard and the mouse, as a person does.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

namespace ehya::test {

// Moves the current item of a combo box with the arrow keys until its data is `value`.
inline void chooseByKeys(QComboBox* combo, const QVariant& value)
{
    REQUIRE(combo != nullptr);
    REQUIRE(combo->findData(value) >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentData() != value; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    REQUIRE(combo->currentData() == value);
}

// Clicks the first cell of `row` in the table.
inline void clickRow(QTableView* view, int row)
{
    REQUIRE(view != nullptr);
    REQUIRE(row >= 0);
    view->scrollTo(view->model()->index(row, 0));
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Types `text` key by key. QTest::keyClicks maps each character to a key code and knows only
// ASCII: Persian letters go as key events that carry their text.
inline void typeText(QWidget* widget, const QString& text)
{
    REQUIRE(widget != nullptr);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void click(QPushButton* button)
{
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// A private copy of the demo database, open as `login`.
struct DemoCopy
{
    QTemporaryDir dir;
    QString path = copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db;

    explicit DemoCopy(const QString& login)
    {
        storage::OpenOptions options;
        options.user = login;
        auto opened = storage::Database::open(path, options);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
};

} // namespace ehya::test
