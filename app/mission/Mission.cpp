#include "mission/Mission.h"

namespace lunar {

const std::vector<std::string>& missionOutcomes()
{
    static const std::vector<std::string> outcomes = {"landed", "crashed", "planned"};
    return outcomes;
}

} // namespace lunar
