#pragma once

#include <QDate>
#include <QDateTime>

// An injectable clock, so that "months idle", deadlines and audit times are testable
// (after KeePassXC's Clock / MockClock).
namespace ehya {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
    QDate today() const { return nowUtc().toLocalTime().date(); }

    static const Clock& system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace ehya
