#include "io/XlsxReader.h"
#include "io/XlsxWriter.h"

#include "CoreTestSupport.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ehya;
using namespace ehya::io;
using namespace Qt::StringLiterals;

// REQUIRE that a Result / Status is ok, showing its error message when it is not.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& xlsxResult_ = (expr);                                                                    \
        INFO((xlsxResult_.ok() ? std::string() : xlsxResult_.error().message.toStdString()));                \
        REQUIRE(xlsxResult_.ok());                                                                           \
    } while (false)

namespace {

const QString persianTitle = u"طرح توسعه کارخانه\u200cی آرد"_s;
const QString arabicYeh = u"کارخانه\u200cي"_s; // with Arabic yeh, kept as it was written

// Debian's python3 first: python3-openpyxl installs there, whatever else is on PATH.
QString pythonWithOpenpyxl()
{
    static const QString found = [] {
        for (const QString& candidate :
             {u"/usr/bin/python3"_s, QStandardPaths::findExecutable(u"python3"_s)}) {
            if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
                continue;
            QProcess probe;
            probe.start(candidate, {u"-c"_s, u"import openpyxl"_s});
            if (probe.waitForFinished(60000) && probe.exitStatus() == QProcess::NormalExit &&
                probe.exitCode() == 0)
                return candidate;
        }
        return QString();
    }();
    return found;
}

// Runs `script` with python3 and openpyxl and returns what it printed. Fails (never skips) when
// either is missing: the set-up of scripts/test.sh installs them.
QByteArray runPython(const QTemporaryDir& dir, const QString& script, const QStringList& arguments)
{
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty())
        FAIL("python3 with openpyxl is missing; run scripts/test.sh, whose set-up installs python3-openpyxl");
    const QString path = dir.filePath(u"script.py"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(script.toUtf8());
    file.close();
    QProcess process;
    process.start(python, QStringList{path} + arguments);
    REQUIRE(process.waitForFinished(120000));
    const QByteArray errors = process.readAllStandardError();
    INFO(errors.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return process.readAllStandardOutput();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Sheet
{
    QStringList header;
    QList<SourceRow> rows;
};

Result<Sheet> readSheet(const QString& path)
{
    auto source = openXlsx(path);
    if (!source)
        return source.error();
    Sheet sheet{(*source)->header(), {}};
    SourceRow row;
    for (;;) {
        auto read = (*source)->next(row);
        if (!read)
            return read.error();
        if (!*read)
            return sheet;
        sheet.rows << row;
    }
}

QString joined(const QStringList& cells)
{
    return cells.join(u'|');
}

const QList<XlsxColumn> projectColumns = {
    {u"عنوان طرح"_s, XlsxKind::Text},       {u"نام"_s, XlsxKind::Text},
    {u"remaining_rial"_s, XlsxKind::Money}, {u"progress"_s, XlsxKind::Percent},
    {u"permit_date"_s, XlsxKind::Date},     {u"export_oriented"_s, XlsxKind::Flag},
    {u"planned_jobs"_s, XlsxKind::Integer},
};

// Three rows of every kind, right to left; the first is the one the checks look at.
void writeProjects(const QString& path)
{
    auto writer = XlsxWriter::create(path, projectColumns, {true, u"طرح‌ها"_s});
    REQUIRE_OK(writer);
    REQUIRE_OK((*writer)->writeRow(
        {persianTitle, arabicYeh, qint64(12500000000000), 74.9, QDate(2023, 8, 1), true, qint64(120)}));
    REQUIRE_OK((*writer)->writeRow(
        {u"=1+1 _x0041_ tab\there"_s, u"line\r\nbreak"_s, qint64(0), 0.0, QDate(), false, qint64(-5)}));
    REQUIRE_OK(
        (*writer)->writeRow({u"jalali"_s, QString(), QVariant(), 7.0, u"1402/05/10"_s, QVariant(), 12.5}));
    REQUIRE_OK((*writer)->close());
}

} // namespace

TEST_CASE("an .xlsx written by XlsxWriter reads back with the same texts", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"projects.xlsx"_s);
    writeProjects(path);
    const auto sheet = readSheet(path);
    REQUIRE_OK(sheet);
    CHECK(joined(sheet->header) ==
          u"عنوان طرح|نام|remaining_rial|progress|permit_date|export_oriented|planned_jobs"_s);
    REQUIRE(sheet->rows.size() == 3);
    CHECK(sheet->rows[0].line == 2);
    CHECK(sheet->rows[2].line == 4);
    const QStringList first = sheet->rows[0].cells;
    CHECK(first[0] == persianTitle);
    CHECK(first[1] == arabicYeh);
    CHECK(first[2] == u"12500000000000"_s);
    CHECK(first[3] == u"74.9"_s);
    CHECK(first[4] == u"2023-08-01"_s);
    CHECK(first[5] == u"1"_s);
    CHECK(first[6] == u"120"_s);
    // text is never a formula in XLSX; literal escapes, tabs and line breaks survive
    CHECK(joined(sheet->rows[1].cells) == u"=1+1 _x0041_ tab\there|line\r\nbreak|0|0||0|-5"_s);
    // a Jalali date the caller formatted is text; a fraction in an integer column stays a fraction
    CHECK(joined(sheet->rows[2].cells) == u"jalali|||7|1402/05/10||12.5"_s);
}

TEST_CASE("an .xlsx written by XlsxWriter, as openpyxl sees it", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"projects.xlsx"_s);
    writeProjects(path);
    const QString script = uR"py(
import datetime, json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
def cell(ref):
    c = ws[ref]
    value = c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value
    return {"value": value, "format": c.number_format, "bold": bool(c.font.b),
            "datetime": isinstance(c.value, datetime.datetime)}
print(json.dumps({"rtl": ws.sheet_view.rightToLeft, "freeze": ws.freeze_panes,
                  "filter": ws.auto_filter.ref, "title": ws.title,
                  "cells": {ref: cell(ref) for ref in sys.argv[2:]}}))
)py"_s;
    const QByteArray out = runPython(
        dir, script, {path, u"A1"_s, u"A2"_s, u"B2"_s, u"C2"_s, u"D2"_s, u"E2"_s, u"F2"_s, u"G4"_s, u"C3"_s});
    const QJsonObject seen = QJsonDocument::fromJson(out).object();
    INFO(out.toStdString());
    CHECK(seen[u"rtl"_s].toBool());
    CHECK(seen[u"freeze"_s].toString() == u"A2"_s);
    CHECK(seen[u"filter"_s].toString() == u"A1:G4"_s);
    CHECK(seen[u"title"_s].toString() == u"طرح‌ها"_s);
    const QJsonObject cells = seen[u"cells"_s].toObject();
    CHECK(cells[u"A1"_s][u"bold"_s].toBool());
    CHECK_FALSE(cells[u"A2"_s][u"bold"_s].toBool());
    CHECK(cells[u"A2"_s][u"value"_s].toString() == persianTitle);
    CHECK(cells[u"B2"_s][u"value"_s].toString() == arabicYeh);
    CHECK(cells[u"C2"_s][u"format"_s].toString() == u"#,##0"_s);
    CHECK(cells[u"C2"_s][u"value"_s].toInteger() == 12500000000000);
    CHECK(cells[u"C3"_s][u"value"_s].toInteger() == 0);
    CHECK(cells[u"D2"_s][u"format"_s].toString() == u"0.0%"_s);
    CHECK(cells[u"D2"_s][u"value"_s].toDouble() == 0.749);
    CHECK(cells[u"E2"_s][u"datetime"_s].toBool());
    CHECK(cells[u"E2"_s][u"value"_s].toString() == u"2023-08-01T00:00:00"_s);
    CHECK(cells[u"F2"_s][u"value"_s].toInteger() == 1);
    CHECK(cells[u"G4"_s][u"value"_s].toDouble() == 12.5);
}

TEST_CASE("an .xlsx made by openpyxl reads as a person sees it", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"officer.xlsx"_s);
    // openpyxl writes text as inline strings; all but column G are moved to sharedStrings.xml, one
    // of them as rich text with a phonetic run, so that both kinds are read.
    const QString script = uR"py(
import datetime, re, sys, zipfile, openpyxl
from openpyxl.styles import Font
path = sys.argv[1]
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["code", " title ", "amount", "share", "opened", "active", "note"])
ws.append(["P-1", "کارخانه‌ي قند", 1250000000, 0.749, datetime.date(2023, 8, 1), True, "NOTE"])
ws["D2"].number_format = "0.0%"
ws["E2"].number_format = "yyyy/mm/dd"
ws["A4"] = "P-2"
ws["C4"] = 74.9
ws["E4"] = 45000
ws["E4"].number_format = '[$-409]d "de" mmm yyyy;@'
ws["B5"].font = Font(bold=True)
ws["A6"] = "P-3"
ws["B6"] = "RICH"
ws["C6"] = 0.5
ws["C6"].number_format = "h:mm"
ws["D6"] = 0.07
ws["D6"].number_format = "0%"
ws["F6"] = False
ws["J6"] = "   "  # blank, beyond the header: not an extra field
wb.save(path)

src = zipfile.ZipFile(path)
parts = {name: src.read(name) for name in src.namelist()}
src.close()
sheet = parts["xl/worksheets/sheet1.xml"].decode()
strings = []
def share(match):
    if match.group(1).startswith("G"):
        return match.group(0)
    strings.append(match.group(3))
    return '<c r="%s"%s t="s"><v>%d</v></c>' % (match.group(1), match.group(2) or "", len(strings) - 1)
sheet = re.sub(r'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")? t="inlineStr"><is><t[^>]*>(.*?)</t></is></c>', share, sheet)
sheet = sheet.replace("<t>NOTE</t>", "<r><t>inline </t></r><r><rPr><b/></rPr><t>note</t></r>")
items = []
for text in strings:
    if text == "RICH":
        items.append('<si><r><t>ri</t></r><r><rPr><b/></rPr><t xml:space="preserve">ch </t></r>'
                     '<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>')
    else:
        items.append("<si><t>%s</t></si>" % text)
parts["xl/worksheets/sheet1.xml"] = sheet.encode()
parts["xl/sharedStrings.xml"] = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                 + "".join(items) + "</sst>").encode()
parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(b"</Relationships>",
    b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>",
    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    b'spreadsheetml.sharedStrings+xml"/></Types>')
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
    for name, data in parts.items():
        out.writestr(name, data)
check = openpyxl.load_workbook(path).active
print(check["B2"].value, check["B6"].value)
)py"_s;
    runPython(dir, script, {path});
    const auto sheet = readSheet(path);
    REQUIRE_OK(sheet);
    CHECK(joined(sheet->header) == u"code|title|amount|share|opened|active|note"_s);
    REQUIRE(sheet->rows.size() == 3); // row 3 is missing and row 5 holds a styled empty cell
    CHECK(sheet->rows[0].line == 2);
    CHECK(joined(sheet->rows[0].cells) ==
          u"P-1|کارخانه\u200cي قند|1250000000|74.9|2023-08-01|1|inline note"_s);
    CHECK(sheet->rows[1].line == 4);
    CHECK(joined(sheet->rows[1].cells) == u"P-2||74.9||2023-03-15||"_s);
    CHECK(sheet->rows[2].line == 6);
    // a time-only format is a plain number; 0.07 × 100 is 7, not 7.000000000000001
    CHECK(joined(sheet->rows[2].cells) == u"P-3|rich |0.5|7||0|"_s);

    XlsxLimits tiny;
    tiny.maxSharedStringsBytes = 100;
    const auto bomb = openXlsx(path, tiny);
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().message ==
          path +
              u": xl/sharedStrings.xml in the workbook is too large (more than 100 bytes); it is not read"_s);
}

TEST_CASE("an .xlsx in the 1904 date system of old Mac workbooks", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mac.xlsx"_s);
    runPython(dir, uR"py(
import datetime, sys, openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
wb.active.append(["opened"])
wb.active.append([datetime.date(2023, 8, 1)])
wb.save(sys.argv[1])
)py"_s,
              {path});
    const auto sheet = readSheet(path);
    REQUIRE_OK(sheet);
    REQUIRE(sheet->rows.size() == 1);
    CHECK(sheet->rows[0].cells[0] == u"2023-08-01"_s);
}

TEST_CASE("bad .xlsx files are refused with the file, row and column", "[xlsx]")
{
    QTemporaryDir dir;
    const auto expectError = [](const QString& path, const QString& part,
                                Error::Kind kind = Error::Kind::Invalid) {
        const auto sheet = readSheet(path);
        REQUIRE_FALSE(sheet.ok());
        INFO(sheet.error().message.toStdString());
        CHECK(sheet.error().kind == kind);
        CHECK(sheet.error().message.startsWith(path));
        CHECK(sheet.error().message.contains(part));
    };

    SECTION("a text file named .xlsx")
    {
        const QString path = dir.filePath(u"text.xlsx"_s);
        writeBytes(path, "code,title\nP-1,x\n");
        expectError(path, u": this is not an XLSX workbook (it is not a zip archive)"_s);
    }
    SECTION("a missing file")
    {
        expectError(dir.filePath(u"nothing.xlsx"_s), u"no such file"_s, Error::Kind::NotFound);
    }
    SECTION("a zip without a workbook")
    {
        const QString path = dir.filePath(u"other.xlsx"_s);
        runPython(dir, uR"py(
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("readme.txt", "not a workbook")
)py"_s,
                  {path});
        expectError(path, u"this is not an XLSX workbook (it has no xl/workbook.xml)"_s);
    }
    SECTION("a workbook cut in half")
    {
        const QString whole = dir.filePath(u"whole.xlsx"_s);
        writeProjects(whole);
        const QString path = dir.filePath(u"half.xlsx"_s);
        const QByteArray bytes = readBytes(whole);
        writeBytes(path, bytes.left(bytes.size() / 2));
        expectError(path, u"damaged or cut-short zip archive"_s);
    }
    SECTION("a sheet whose data is damaged")
    {
        // stored: three letters of the XML change, which stays well-formed, so the CRC tells;
        // deflated: the first block claims zlib's reserved type, so zlib refuses
        const QString stored = dir.filePath(u"stored.xlsx"_s), deflated = dir.filePath(u"deflated.xlsx"_s);
        runPython(dir, uR"py(
import struct, sys, zipfile, openpyxl
def make(path, method):
    wb = openpyxl.Workbook()
    wb.active.append(["code", "n"])
    for i in range(2000):
        wb.active.append(["row %d" % i, i])
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = [(name, src.read(name)) for name in src.namelist()]
    with zipfile.ZipFile(path, "w", method) as out:
        for name, data in parts:
            out.writestr(name, data)
    with zipfile.ZipFile(path) as z:
        offset = z.getinfo("xl/worksheets/sheet1.xml").header_offset
    data = bytearray(open(path, "rb").read())
    name_length, extra_length = struct.unpack("<HH", data[offset + 26:offset + 30])
    return data, offset + 30 + name_length + extra_length
data, start = make(sys.argv[1], zipfile.ZIP_STORED)
at = data.index(b"row 1000", start)
data[at:at + 3] = b"ROW"
open(sys.argv[1], "wb").write(bytes(data))
data, start = make(sys.argv[2], zipfile.ZIP_DEFLATED)
data[start] = 0xFF
open(sys.argv[2], "wb").write(bytes(data))
)py"_s,
                  {stored, deflated});
        expectError(stored,
                    u": the workbook is damaged: the checksum of xl/worksheets/sheet1.xml does not match"_s);
        expectError(deflated,
                    u": the workbook is damaged: xl/worksheets/sheet1.xml cannot be read (error -3)"_s);
    }
    SECTION("a header with a repeated column, below an empty row")
    {
        const QString path = dir.filePath(u"twice.xlsx"_s);
        runPython(dir, uR"py(
import sys, openpyxl
wb = openpyxl.Workbook()
wb.active["A2"], wb.active["B2"], wb.active["C2"] = "code", "title", " code"
wb.save(sys.argv[1])
)py"_s,
                  {path});
        expectError(path, u":2:3: the column \"code\" appears twice in the header"_s);
    }
    SECTION("a header with a gap")
    {
        const QString path = dir.filePath(u"gap.xlsx"_s);
        runPython(dir, uR"py(
import sys, openpyxl
wb = openpyxl.Workbook()
wb.active["A1"], wb.active["C1"] = "code", "title"
wb.save(sys.argv[1])
)py"_s,
                  {path});
        expectError(path, u":1:2: the header has an empty column name"_s);
    }
    SECTION("a cell holding an error value, and a row wider than the header")
    {
        const QString path = dir.filePath(u"errors.xlsx"_s);
        runPython(dir, uR"py(
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["code", "amount"])
ws.append(["P-1", 5, None, None])
ws.append(["P-2", "#N/A"])
wb.save(sys.argv[1])
wb.active["D2"] = "extra"
wb.save(sys.argv[2])
)py"_s,
                  {path, dir.filePath(u"wide.xlsx"_s)});
        expectError(path, u":3:2: the cell holds a spreadsheet error #N/A"_s);
        expectError(dir.filePath(u"wide.xlsx"_s), u":2:4: this row has 4 fields but the header has 2"_s);
    }
    SECTION("an empty sheet")
    {
        const QString path = dir.filePath(u"empty.xlsx"_s);
        runPython(dir, u"import sys, openpyxl\nopenpyxl.Workbook().save(sys.argv[1])\n"_s, {path});
        expectError(path, u": the sheet is empty; a header row was expected"_s);
    }
}

TEST_CASE("zip bombs and huge cells in an .xlsx are refused by the limits", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.xlsx"_s);
    {
        auto writer = XlsxWriter::create(path, {{u"text"_s}}, {});
        REQUIRE_OK(writer);
        for (int i = 0; i < 2000; ++i)
            REQUIRE_OK((*writer)->writeRow({QString(i == 1500 ? 300 : 20, u'x')}));
        REQUIRE_OK((*writer)->close());
    }
    XlsxLimits small;
    small.maxSheetBytes = 10000;
    auto bomb = openXlsx(path, small);
    REQUIRE_FALSE(bomb.ok());
    CHECK(bomb.error().message.contains(u"xl/worksheets/sheet1.xml in the workbook is too large"_s));

    XlsxLimits shortCells;
    shortCells.maxCellChars = 100; // the 300 characters of row 1502 are refused, whatever the XML
    auto source = openXlsx(path, shortCells);
    REQUIRE_OK(source);
    SourceRow row;
    Result<bool> read = true;
    while (read.ok() && *read)
        read = (*source)->next(row);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message == path + u":1502:1: the cell is longer than 100 characters"_s);

    // a cell so long that the XML reader would hold it whole is stopped while it is read
    const QString huge = dir.filePath(u"huge.xlsx"_s);
    runPython(dir, uR"py(
import sys, zipfile, openpyxl
wb = openpyxl.Workbook()
wb.active.append(["code", "notes"])
wb.active.append(["P-1", "HUGE"])  # openpyxl cuts longer text to Excel's 32,767 characters
wb.save(sys.argv[1])
with zipfile.ZipFile(sys.argv[1]) as src:
    parts = {name: src.read(name) for name in src.namelist()}
name = "xl/worksheets/sheet1.xml"
parts[name] = parts[name].replace(b"HUGE", b"x" * 300000)
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as out:
    for name, data in parts.items():
        out.writestr(name, data)
)py"_s,
              {huge});
    XlsxLimits hugeCells;
    hugeCells.maxCellChars = 65536;
    auto refused = openXlsx(huge, hugeCells);
    REQUIRE_OK(refused);
    read = (*refused)->next(row);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().message == huge + u":2:2: the cell is longer than 65536 characters"_s);
}

TEST_CASE("a failed .xlsx export leaves the previous file whole and no temporary file", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.xlsx"_s);
    writeProjects(path);
    const QByteArray before = readBytes(path);
    const QList<XlsxColumn> columns = {{u"code"_s}, {u"notes"_s}};

    auto writer = XlsxWriter::create(path, columns, {});
    REQUIRE_OK(writer);
    REQUIRE_OK((*writer)->writeRow({u"P-1"_s, u"short"_s}));
    const Status tooLong = (*writer)->writeRow({u"P-2"_s, QString(40000, u'x')});
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().kind == Error::Kind::Invalid);
    CHECK(tooLong.error().message.startsWith(path + u":3:2: "_s));
    CHECK_FALSE((*writer)->writeRow({u"P-3"_s, u"after"_s}).ok()); // the writer is spent
    CHECK_FALSE((*writer)->close().ok());
    CHECK(readBytes(path) == before);

    // abandoned without close(): the destructor discards
    auto abandoned = XlsxWriter::create(path, columns, {});
    REQUIRE_OK(abandoned);
    REQUIRE_OK((*abandoned)->writeRow({u"P-4"_s, u"x"_s}));
    const auto descriptors = [] {
        return QDir(u"/proc/self/fd"_s).entryList(QDir::AllEntries | QDir::System).size();
    };
    const qsizetype open = descriptors();
    abandoned->reset();
    if (QFileInfo::exists(u"/proc/self/fd"_s)) // libxlsxwriter's scratch file is closed too
        CHECK(descriptors() == open - 1);
    CHECK(readBytes(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"export.xlsx"_s});

    // a folder that does not exist
    const auto missing = XlsxWriter::create(dir.filePath(u"no/such/folder/out.xlsx"_s), columns, {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::Io);
    CHECK(missing.error().message.contains(u"no/such/folder/out.xlsx"_s));
}

TEST_CASE("100,000 rows stream out to an .xlsx and back", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"large.xlsx"_s);
    constexpr int count = 100000;
    const QDate start(2020, 1, 1);
    QElapsedTimer timer;
    timer.start();
    {
        auto writer = XlsxWriter::create(path,
                                         {{u"code"_s},
                                          {u"jobs"_s, XlsxKind::Integer},
                                          {u"cost"_s, XlsxKind::Money},
                                          {u"progress"_s, XlsxKind::Percent},
                                          {u"date"_s, XlsxKind::Date}},
                                         {});
        REQUIRE_OK(writer);
        Status status;
        for (int i = 0; i < count && status.ok(); ++i) // one assertion, not 100,000
            status = (*writer)->writeRow(
                {u"P-%1"_s.arg(i), i, qint64(i) * 1000000, (i % 1000) / 10.0, start.addDays(i % 3000)});
        REQUIRE_OK(status);
        REQUIRE_OK((*writer)->close());
    }
    const qint64 written = timer.restart();
    auto source = openXlsx(path);
    REQUIRE_OK(source);
    SourceRow row, first, last;
    int rows = 0;
    for (;;) {
        auto read = (*source)->next(row);
        if (!read.ok())
            REQUIRE_OK(read);
        if (!*read)
            break;
        if (rows++ == 0)
            first = row;
        last = row;
    }
    const qint64 readMs = timer.elapsed();
    WARN("100,000 rows x 5: written in " << written << " ms, read in " << readMs << " ms");
    CHECK(rows == count);
    CHECK(first.line == 2);
    CHECK(joined(first.cells) == u"P-0|0|0|0|2020-01-01"_s);
    CHECK(last.line == count + 1);
    CHECK(joined(last.cells) ==
          u"P-99999|99999|99999000000|99.9|%1"_s.arg(start.addDays(99999 % 3000).toString(Qt::ISODate)));
}
