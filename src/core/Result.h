#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ehya {

// Errors are values (STYLE.md §6): no exception crosses a layer. An Error carries a kind, so that
// callers can tell a conflict from bad input, and a message a person can read.
struct Error
{
    enum class Kind {
        Invalid,     // the input was rejected; nothing was written
        NotFound,    // the record or file does not exist
        Conflict,    // optimistic locking: someone else saved the record first
        Locked,      // another instance holds the database
        NotDatabase, // the file is not a database, or is damaged
        TooNew,      // the database comes from a newer version of the app
        Io,          // the file system refused (missing folder, read-only, disk full)
        Database,    // any other database error
        Cancelled,   // the person stopped the work; nothing was written
    };
    Kind kind = Kind::Database;
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace ehya
