#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QRandomGenerator>
#include <QThread>

// Server mode: a write that the server stopped because it collided with another client's (a
// deadlock or a serialization failure, Error::Kind::Locked) is run again, whole, a few times after
// a short random pause; only then is the collision reported (the message says to try again). Only
// the outermost transaction is retried: inside a caller's transaction the caller decides. SQLite
// waits for its lock instead (busy_timeout), so there `work` runs once.
namespace ehya::storage {

inline bool isCollision(const Database& db, const Error& error)
{
    return db.isPostgres() && error.kind == Error::Kind::Locked;
}

template <typename Work> auto retryOnCollision(Database& db, Work&& work) -> decltype(work())
{
    constexpr int kAttempts = 4;
    for (int attempt = 1;; ++attempt) {
        auto result = work();
        if (result.ok() || attempt == kAttempts || db.transactionDepth() > 0 ||
            !isCollision(db, result.error()))
            return result;
        QThread::msleep(10 * attempt + QRandomGenerator::global()->bounded(20));
    }
}

} // namespace ehya::storage
