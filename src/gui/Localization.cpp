#include "Localization.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ehya::gui {

namespace {

const QString kTranslatorName = QStringLiteral("ehya-translator");

QString loadPersianFont()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Vazirmatn-Regular.ttf"));
        QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/Vazirmatn-Bold.ttf"));
        const QStringList families = id >= 0 ? QFontDatabase::applicationFontFamilies(id) : QStringList{};
        return families.isEmpty() ? QStringLiteral("Noto Sans Arabic") : families.constFirst();
    }();
    return family;
}

void removeOurTranslators(QApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

bool install(QApplication& app, const QString& file, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(file, directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

Language systemLanguage()
{
    return QLocale::system().language() == QLocale::Persian ? Language::Persian : Language::English;
}

QString persianFontFamily()
{
    return loadPersianFont();
}

bool applyLanguage(QApplication& app, Language language)
{
    removeOurTranslators(app);
    const QString key = languageKey(language);
    const bool loaded = install(app, QStringLiteral("ehya_") + key, QStringLiteral(":/i18n"));
    if (language == Language::Persian)
        install(app, QStringLiteral("qtbase_fa"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    if (language == Language::Persian) {
        QLocale::setDefault(QLocale(QLocale::Persian, QLocale::Iran));
        QApplication::setLayoutDirection(Qt::RightToLeft);
        QFont font = QApplication::font();
        font.setFamilies({loadPersianFont(), QStringLiteral("Noto Sans Arabic")});
        QApplication::setFont(font);
    } else {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QApplication::setLayoutDirection(Qt::LeftToRight);
        QApplication::setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    }
    return loaded;
}

} // namespace ehya::gui
