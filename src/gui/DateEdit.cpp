#include "DateEdit.h"

#include <QCalendar>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace ehya::gui {

namespace {

// The empty state: a date before any record, shown as the special value text.
const QDate kEmpty(1900, 1, 1);

QLocale localeFor(const DisplaySettings& s)
{
    if (s.digits == Digits::Persian)
        return QLocale(QLocale::Persian, QLocale::Iran);
    return s.persian() ? QLocale::c() : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QDateEdit(this)), m_clear(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);

    // A date reads as one number, "۱۴۰۳/۰۱/۱۵", in both directions: QDateTimeEdit would reverse
    // its sections in a right-to-left layout (day first), so the field itself stays left-to-right.
    m_edit->setLayoutDirection(Qt::LeftToRight);
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDate(kEmpty);
    m_edit->setDate(kEmpty);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    m_clear->setAutoRaise(true);
    m_clear->setFocusPolicy(Qt::NoFocus); // the Delete key is not enough, but Tab should skip it
    m_edit->calendarWidget()->installEventFilter(this);

    connect(m_clear, &QToolButton::clicked, this, &DateEdit::clear);
    connect(m_edit, &QDateEdit::dateChanged, this, [this] {
        updateClearButton();
        Q_EMIT dateChanged(date());
    });
    setDisplaySettings(DisplaySettings::forLanguage(Language::English));
    retranslate();
}

DateEdit::~DateEdit() = default;

void DateEdit::setDisplaySettings(const DisplaySettings& settings)
{
    const QDate current = date();
    const QCalendar calendar(settings.calendar == CalendarKind::Jalali ? QCalendar::System::Jalali
                                                                       : QCalendar::System::Gregorian);
    const QLocale locale = localeFor(settings);
    m_edit->setLocale(locale);
    m_edit->setCalendar(calendar);
    m_edit->setDisplayFormat(settings.calendar == CalendarKind::Jalali ? QStringLiteral("yyyy/MM/dd")
                                                                       : QStringLiteral("yyyy-MM-dd"));
    QCalendarWidget* popup = m_edit->calendarWidget();
    popup->setCalendar(calendar);
    popup->setLocale(locale);
    popup->setFirstDayOfWeek(settings.persian() ? Qt::Saturday : Qt::Monday);
    popup->setLayoutDirection(settings.persian() ? Qt::RightToLeft : Qt::LeftToRight);
    setDate(current);
}

void DateEdit::setOptional(bool optional)
{
    const bool wasEmpty = isEmpty();
    m_optional = optional;
    if (!optional && wasEmpty)
        m_edit->setDate(QDate::currentDate());
    m_edit->setMinimumDate(optional ? kEmpty : kEmpty.addDays(1));
    retranslate();
    updateClearButton();
}

void DateEdit::setDate(const QDate& date)
{
    if (date.isValid() && date > kEmpty)
        m_edit->setDate(date);
    else
        m_edit->setDate(m_optional ? kEmpty : QDate::currentDate());
    updateClearButton();
}

QDate DateEdit::date() const
{
    const QDate d = m_edit->date();
    return d <= kEmpty ? QDate() : d;
}

void DateEdit::clear()
{
    setDate(QDate());
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // The popup of an empty field opens on this month, not on the empty state's 1900.
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show && isEmpty()) {
        const QCalendar::YearMonthDay today = m_edit->calendar().partsFromDate(QDate::currentDate());
        m_edit->calendarWidget()->setCurrentPage(today.year, today.month);
    }
    return QWidget::eventFilter(watched, event);
}

void DateEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateEdit::retranslate()
{
    m_edit->setSpecialValueText(m_optional ? tr("none") : QString());
    m_clear->setToolTip(tr("Clear the date"));
    m_clear->setAccessibleName(tr("Clear the date"));
}

void DateEdit::updateClearButton()
{
    m_clear->setVisible(m_optional);
    m_clear->setEnabled(m_optional && !isEmpty());
}

} // namespace ehya::gui
