#pragma once

// What the File › Import… / Export… tests share: a copy of the demo database with a host window
// and a TransferController, files of valid rows, and helpers that answer the modal dialogs.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "gui/DisplaySettings.h"
#include "gui/ExportDialog.h"
#include "gui/ImportDialog.h"
#include "gui/ImportProblemModel.h"
#include "gui/ImportResultDialog.h"
#include "gui/TableFormat.h"
#include "gui/TransferController.h"
#include "io/CsvReader.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace ehya::test::transfer {

using namespace ehya::gui;

inline const QByteArray kHeader = "permit_no,province,county,sector,title,progress,remaining_rial\n";

// Valid rows for the demo's reference data, with permit numbers the demo does not use.
inline QByteArray goodRows(int first, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += QByteArray::number(880000 + first + i) + ",EA,تبریز,10,نان " + QByteArray::number(i) +
               ",40,1000\n";
    return out;
}

struct Desk
{
    QTemporaryDir dir;
    QString path = copyOfDemoDatabase(dir);
    std::unique_ptr<storage::Database> db;
    QWidget host; // stands for the main window
    TransferController controller;
    DisplaySettings settings = DisplaySettings::forLanguage(Language::English);

    Desk()
    {
        auto opened = storage::Database::open(path);
        REQUIRE(opened);
        db = std::move(*opened);
        host.resize(800, 600);
        host.show();
        controller.setProgressDelay(0);
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString file = dir.filePath(name);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(bytes) == bytes.size());
        return file;
    }

    qint64 count(const QString& table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"SELECT COUNT(*) FROM " + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    ImportResultDialog* resultDialog() const { return host.findChild<ImportResultDialog*>(); }
};

template <typename W> W* child(QWidget* parent, const char* name)
{
    return parent ? parent->findChild<W*>(QLatin1String(name)) : nullptr;
}

// When the next modal dialog opens, `answer` fills it like a person would (or rejects it when
// it is not the expected kind, so that a test fails instead of hanging).
template <typename D> void whenOpened(std::function<void(D*)> answer, bool* answered)
{
    QTimer::singleShot(0, [answer = std::move(answer), answered] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<D*>(modal)) {
            *answered = true;
            answer(dialog);
        } else if (auto* other = qobject_cast<QDialog*>(modal)) {
            other->reject();
        }
    });
}

inline void pressOk(QDialog* dialog)
{
    auto* buttons = child<QDialogButtonBox>(dialog, "buttonBox");
    QPushButton* ok = buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
    if (ok && ok->isEnabled())
        QTest::mouseClick(ok, Qt::LeftButton);
    else
        dialog->reject();
}

// Imports `file` through File › Import…, choosing "skip invalid" or not.
inline void importThroughDialog(Desk& desk, const QString& file, bool skipInvalid)
{
    bool answered = false;
    whenOpened<ImportDialog>(
        [&](ImportDialog* d) {
            auto* edit = child<QLineEdit>(d, "fileEdit");
            edit->selectAll(); // the dialog offers the file of the last import
            QTest::keyClicks(edit, file);
            QTest::mouseClick(child<QRadioButton>(d, "projectsRadio"), Qt::LeftButton);
            if (skipInvalid)
                QTest::mouseClick(child<QRadioButton>(d, "skipInvalidRadio"), Qt::LeftButton);
            pressOk(d);
        },
        &answered);
    desk.controller.importRecords(&desk.host, *desk.db, desk.settings);
    REQUIRE(answered);
}

// Clicks Cancel on the progress dialog as soon as it shows; records what its bar showed.
struct Canceller
{
    QTimer timer;
    int maximum = -1, value = -1;
    bool clicked = false;

    explicit Canceller(QWidget& host)
    {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this, &host] {
            for (auto* progress : host.findChildren<QProgressDialog*>()) {
                if (!progress->isVisible() || clicked)
                    continue;
                maximum = progress->maximum();
                value = progress->value();
                if (auto* cancel = progress->findChild<QPushButton*>()) {
                    clicked = true;
                    QTest::mouseClick(cancel, Qt::LeftButton);
                }
            }
        });
        timer.start();
    }
};

inline QString messageText(const QWidget& host)
{
    QStringList texts;
    for (auto* box : host.findChildren<QMessageBox*>())
        texts << box->text();
    return texts.join(u'\n');
}

} // namespace ehya::test::transfer
