#include "mission/Facility.h"

namespace lunar {

const std::vector<std::string>& facilityCategories()
{
    static const std::vector<std::string> categories = {
        "command", "power", "nuclear-power", "communications", "landing", "isru",
        "science", "telescope", "habitat", "mobility", "refuelling"};
    return categories;
}

const std::vector<std::string>& programmePhases()
{
    static const std::vector<std::string> phases = {"reconnaissance", "construction",
                                                    "utilization"};
    return phases;
}

const std::vector<std::string>& facilityStatuses()
{
    static const std::vector<std::string> statuses = {"planned", "notional", "flown"};
    return statuses;
}

const std::vector<std::string>& facilityFacts()
{
    static const std::vector<std::string> facts = {"position", "arrival", "size",
                                                   "keep_out", "model", "category"};
    return facts;
}

const std::string& Facility::sourceOf(const std::string& fact) const
{
    const auto found = sources.find(fact);
    return found != sources.end() ? found->second : source;
}

} // namespace lunar
