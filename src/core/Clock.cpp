#include "Clock.h"

namespace ehya {

const Clock& Clock::system()
{
    static const Clock clock;
    return clock;
}

} // namespace ehya
