#include "ImportRows.h"
#include "IoText.h"

#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Enums.h"
#include "core/PersianText.h"
#include "core/Validation.h"
#include "storage/Repositories.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace ehya::io {

namespace {

// The index of a key in columns(sheet), by a hash built once per sheet (rows look keys up often).
int keyIndex(Sheet sheet, std::string_view key)
{
    struct Index
    {
        std::vector<std::string> keys; // owns the text the views point to
        std::unordered_map<std::string_view, int> at;
    };
    static const auto build = [](Sheet which) {
        auto index = std::make_unique<Index>();
        const QList<Column>& list = columns(which);
        index->keys.reserve(std::size_t(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            index->keys.push_back(list.at(i).key.toStdString());
            index->at.emplace(index->keys.back(), i);
        }
        return index;
    };
    static const std::unique_ptr<Index> indexes[] = {build(Sheet::Projects), build(Sheet::Units),
                                                     build(Sheet::Reports)};
    const auto& at = indexes[int(sheet)]->at;
    const auto it = at.find(key);
    return it == at.end() ? -1 : it->second;
}

int columnIndex(Sheet sheet, const QString& key)
{
    const QList<Column>& list = columns(sheet);
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).key == key)
            return i;
    }
    return -1;
}

// The header spellings of every column, by header key.
QHash<QString, int> knownHeaders(Sheet sheet)
{
    QHash<QString, int> out;
    const QList<Column>& list = columns(sheet);
    for (int i = 0; i < list.size(); ++i) {
        out.insert(headerKey(list.at(i).key).key, i);
        out.insert(headerKey(list.at(i).headerFa).key, i);
        for (const QString& alias : list.at(i).aliases)
            out.insert(headerKey(alias).key, i);
    }
    return out;
}

QString placeKey(Id provinceId, const QString& name)
{
    return QString::number(provinceId) + u'|' + searchKey(name);
}

// The cells of one row by column key, and the problems found reading them.
class Cells
{
public:
    Cells(const SourceRow& row, const HeaderMap& map) : m_row(row), m_map(map) {}

    QString raw(const char* key) const
    {
        const int at = fileIndex(key);
        return at < 0 ? QString() : m_row.cells.at(at).trimmed();
    }
    // Without the apostrophe an export puts before formula-looking text (so a round trip is exact).
    QString text(const char* key) const
    {
        QString value = persianLetters(raw(key));
        if (value.size() > 1 && value.front() == u'\'' && QStringView(u"=+-@\t\r\n").contains(value.at(1)))
            value.remove(0, 1);
        return value;
    }
    QString code(const char* key) const { return toLatinDigits(text(key)); }

    std::optional<double> percent(const char* key)
    {
        QString value = toLatinDigits(raw(key));
        value.remove(u'%').remove(u'٪').replace(u'/', u'.');
        value = value.trimmed();
        if (value.isEmpty())
            return 0.0;
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return fail(key, IoText::tr("\"%1\" is not a percentage.").arg(raw(key))), std::nullopt;
        return roundPercent(number);
    }

    std::optional<qint64> count(const char* key)
    {
        QString value = toLatinDigits(raw(key));
        value.remove(u',').remove(u'،').remove(u' ');
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok)
            return fail(key, IoText::tr("\"%1\" is not a whole number.").arg(raw(key))), std::nullopt;
        return number;
    }

    std::optional<Rials> money(const char* key)
    {
        const QString value = raw(key);
        if (value.isEmpty())
            return 0;
        const int index = keyIndex(m_map.sheet, key);
        const MoneyUnit unit = m_map.unit.value(index).value_or(MoneyUnit::Rial);
        QString why;
        if (auto rials = parseMoney(value, unit, &why))
            return rials;
        return fail(key, why), std::nullopt;
    }

    QDate date(const char* key)
    {
        const QString value = raw(key);
        if (value.isEmpty())
            return {};
        QString why;
        if (auto parsed = parseDate(value, &why))
            return *parsed;
        fail(key, why);
        return {};
    }

    bool flag(const char* key)
    {
        const QString value = searchKey(raw(key));
        if (value.isEmpty() || value == u"0" || value == u"no" || value == u"false" ||
            value == searchKey(u"خیر"_s) || value == searchKey(u"ندارد"_s))
            return false;
        if (value == u"1" || value == u"yes" || value == u"true" || value == searchKey(u"بله"_s) ||
            value == searchKey(u"دارد"_s))
            return true;
        fail(key, IoText::tr("\"%1\" is not yes or no (1/0, yes/no, بله/خیر).").arg(raw(key)));
        return false;
    }

    template <typename E> E choice(const char* key, E fallback)
    {
        const QString value = raw(key);
        if (value.isEmpty())
            return fallback;
        if (auto parsed = enumFromText<E>(value))
            return *parsed;
        QStringList allowed;
        for (const auto& entry : enumEntries<E>())
            allowed << QString::fromLatin1(entry.key);
        fail(key, IoText::tr("\"%1\" is not one of: %2 (or their Persian labels).")
                      .arg(value, allowed.join(u", ")));
        return fallback;
    }

    void fail(const char* key, const QString& sentence)
    {
        const QString name = QLatin1String(key);
        for (const CellProblem& p : std::as_const(m_problems)) {
            if (p.key == name)
                return; // one problem per cell
        }
        const int at = fileIndex(key);
        m_problems.append({at < 0 ? 0 : at + 1, name, sentence});
    }

    // The record's own rules, for the fields whose cells were read without a problem.
    void addValidation(const FieldErrors& errors)
    {
        for (const FieldError& e : errors)
            fail(e.field.toLatin1().constData(), e.message);
    }

    bool failedOn(const char* key) const
    {
        for (const CellProblem& p : m_problems) {
            if (p.key == QLatin1String(key))
                return true;
        }
        return false;
    }

    // In the order of the file's columns (a missing column's problem last).
    CellProblems problems() const
    {
        CellProblems out = m_problems;
        std::stable_sort(out.begin(), out.end(), [](const CellProblem& a, const CellProblem& b) {
            return (a.column == 0 ? INT_MAX : a.column) < (b.column == 0 ? INT_MAX : b.column);
        });
        return out;
    }

private:
    int fileIndex(const char* key) const
    {
        const int index = keyIndex(m_map.sheet, key);
        return index < 0 ? -1 : m_map.fileColumn.value(index, -1);
    }

    const SourceRow& m_row;
    const HeaderMap& m_map;
    CellProblems m_problems;
};

struct Place
{
    Id province = 0, county = 0, estate = 0, sector = 0;
};

Place readPlace(Cells& cells, const ReferenceLookup& lookup)
{
    Place out;
    const QString province = cells.raw("province");
    out.province = lookup.province(province);
    if (out.province == 0 && !province.isEmpty())
        cells.fail("province", IoText::tr("\"%1\" is not a province.").arg(province));
    const QString county = cells.raw("county");
    if (out.province != 0 && !county.isEmpty()) {
        out.county = lookup.county(out.province, county);
        if (out.county == 0)
            cells.fail("county", IoText::tr("\"%1\" is not a county of that province.").arg(county));
    }
    if (const QString estate = cells.raw("estate"); !estate.isEmpty() && out.province != 0) {
        const Estate* found = lookup.estate(out.province, estate);
        if (!found)
            cells.fail("estate",
                       IoText::tr("\"%1\" is not an industrial estate of that province.").arg(estate));
        else if (out.county != 0 && found->countyId != out.county)
            cells.fail("estate",
                       IoText::tr("The industrial estate \"%1\" is in another county.").arg(estate));
        else
            out.estate = found->id;
    }
    const QString sector = cells.raw("sector");
    out.sector = lookup.sector(sector);
    if (out.sector == 0 && !sector.isEmpty())
        cells.fail("sector", IoText::tr("\"%1\" is not an ISIC division or sector name.").arg(sector));
    return out;
}

} // namespace

Result<HeaderMap> mapHeader(Sheet sheet, const QStringList& header,
                            const QHash<QString, QString>& explicitMap, const QString& fileName)
{
    const QList<Column>& list = columns(sheet);
    const QHash<QString, int> known = knownHeaders(sheet);
    HeaderMap map;
    map.sheet = sheet;
    map.fileColumn = QList<int>(list.size(), -1);
    map.unit = QList<std::optional<MoneyUnit>>(list.size());
    QStringList problems;
    for (int i = 0; i < header.size(); ++i) {
        const QString& name = header.at(i);
        const HeaderKey key = headerKey(name);
        int index = -1;
        if (explicitMap.contains(name)) {
            const QString target = explicitMap.value(name);
            if (target == u"-") {
                map.ignored << name;
                continue;
            }
            index = columnIndex(sheet, target);
            if (index < 0) {
                problems << IoText::tr(
                                "%1:1:%2: the column map sends \"%3\" to \"%4\", which is not a column key.")
                                .arg(fileName)
                                .arg(i + 1)
                                .arg(name, target);
                continue;
            }
        } else if (ignoredOnImport(name)) {
            map.ignored << name;
            continue;
        } else {
            index = known.value(key.key, -1);
        }
        if (index < 0) {
            problems << IoText::tr(
                            "%1:1:%2: unknown column \"%3\"; name it with a key of docs/csv-format.md, "
                            "or map it with --map \"%3=key\" (\"%3=-\" ignores it).")
                            .arg(fileName)
                            .arg(i + 1)
                            .arg(name);
            continue;
        }
        if (list.at(index).type == CellType::Id) {
            map.ignored << name;
            continue;
        }
        if (map.fileColumn[index] >= 0) {
            problems << IoText::tr("%1:1:%2: the column \"%3\" is read as %4, as column %5 (\"%6\") is; keep "
                                   "one of them.")
                            .arg(fileName)
                            .arg(i + 1)
                            .arg(name, list.at(index).key)
                            .arg(map.fileColumn[index] + 1)
                            .arg(header.at(map.fileColumn[index]));
            continue;
        }
        map.fileColumn[index] = i;
        if (list.at(index).type == CellType::Money)
            map.unit[index] = key.unit;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).required && map.fileColumn.at(i) < 0)
            problems << IoText::tr("%1:1: the column \"%2\" (%3) is missing.")
                            .arg(fileName, list.at(i).key, list.at(i).headerFa);
    }
    if (!problems.isEmpty())
        return Error{Error::Kind::Invalid, problems.join(u'\n')};
    return map;
}

Result<ReferenceLookup> ReferenceLookup::load(storage::Database& db)
{
    storage::ReferenceRepository repo(db);
    auto provinces = repo.provinces();
    if (!provinces)
        return provinces.error();
    auto counties = repo.counties();
    if (!counties)
        return counties.error();
    auto estates = repo.estates();
    if (!estates)
        return estates.error();
    auto sectors = repo.sectors();
    if (!sectors)
        return sectors.error();
    ReferenceLookup out;
    const auto add = [](QHash<QString, Id>& map, Id id, const QStringList& names) {
        for (const QString& name : names) {
            if (!name.trimmed().isEmpty())
                map.insert(searchKey(name), id);
        }
    };
    for (const Province& p : *provinces)
        add(out.m_provinces, p.id, {p.code, p.nameFa, p.nameEn});
    QHash<Id, Id> provinceOfCounty;
    for (const County& c : *counties) {
        provinceOfCounty.insert(c.id, c.provinceId);
        for (const QString& name : {c.nameFa, c.nameEn}) {
            if (!name.isEmpty())
                out.m_counties.insert(placeKey(c.provinceId, name), c.id);
        }
    }
    for (const Estate& e : *estates) {
        for (const QString& name : {e.nameFa, e.nameEn}) {
            if (!name.isEmpty())
                out.m_estates.insert(placeKey(provinceOfCounty.value(e.countyId), name), e);
        }
    }
    for (const Sector& s : *sectors)
        add(out.m_sectors, s.id, {s.isic, s.nameFa, s.nameEn});
    return out;
}

Id ReferenceLookup::province(const QString& nameOrCode) const
{
    return m_provinces.value(searchKey(nameOrCode));
}

Id ReferenceLookup::county(Id provinceId, const QString& name) const
{
    return m_counties.value(placeKey(provinceId, name));
}

const Estate* ReferenceLookup::estate(Id provinceId, const QString& name) const
{
    const auto it = m_estates.constFind(placeKey(provinceId, name));
    return it == m_estates.cend() ? nullptr : &it.value();
}

Id ReferenceLookup::sector(const QString& isicOrName) const
{
    QString key = searchKey(isicOrName);
    // A spreadsheet that took "05" for a number gives back "5": ISIC divisions have two digits.
    if (key.size() == 1 && key.front().isDigit())
        key.prepend(u'0');
    return m_sectors.value(key);
}

int RowConverter::fileColumn(const QString& key) const
{
    const int index = columnIndex(m_map.sheet, key);
    return index < 0 ? 0 : m_map.fileColumn.value(index, -1) + 1;
}

CellProblems RowConverter::read(const SourceRow& row, Project& p) const
{
    Cells cells(row, m_map);
    const Place place = readPlace(cells, m_lookup);
    p.provinceId = place.province;
    p.countyId = place.county;
    p.estateId = place.estate;
    p.sectorId = place.sector;
    p.permitNo = cells.code("permit_no");
    p.title = cells.text("title");
    p.investor = cells.text("investor");
    p.status = cells.choice("status", ProjectStatus::UnderConstruction);
    p.progress = cells.percent("progress").value_or(0);
    p.investedRial = cells.money("invested_rial").value_or(0);
    p.remainingRial = cells.money("remaining_rial").value_or(0);
    p.plannedJobs =
        int(std::clamp<qint64>(cells.count("planned_jobs").value_or(0), -2'000'000'000, 2'000'000'000));
    p.exportOriented = cells.flag("export_oriented");
    p.permitDate = cells.date("permit_date");
    p.permitExpiry = cells.date("permit_expiry");
    p.expectedCompletion = cells.date("expected_completion");
    p.capacity = cells.text("capacity");
    p.notes = cells.text("notes");
    cells.addValidation(validate(p));
    return cells.problems();
}

CellProblems RowConverter::read(const SourceRow& row, IdleUnit& u) const
{
    Cells cells(row, m_map);
    const Place place = readPlace(cells, m_lookup);
    u.provinceId = place.province;
    u.countyId = place.county;
    u.estateId = place.estate;
    u.sectorId = place.sector;
    u.licenceNo = cells.code("licence_no");
    u.name = cells.text("name");
    u.operatorName = cells.text("operator");
    u.status = cells.choice("status", UnitStatus::Idle);
    u.idleSince = cells.date("idle_since");
    u.capacityUse = cells.percent("capacity_use").value_or(0);
    u.jobsBefore =
        int(std::clamp<qint64>(cells.count("jobs_before").value_or(0), -2'000'000'000, 2'000'000'000));
    u.jobsRestorable =
        int(std::clamp<qint64>(cells.count("jobs_restorable").value_or(0), -2'000'000'000, 2'000'000'000));
    u.hasMarket = cells.flag("has_market");
    u.justified = cells.flag("justified");
    u.workingCapitalRial = cells.money("working_capital_rial").value_or(0);
    u.fixedCapitalRial = cells.money("fixed_capital_rial").value_or(0);
    u.revivalPath = cells.choice("revival_path", RevivalPath::None);
    u.exportOriented = cells.flag("export_oriented");
    u.notes = cells.text("notes");
    cells.addValidation(validate(u));
    return cells.problems();
}

} // namespace ehya::io
