#include "DefaultSite.h"

#include <memory>

namespace lunar::test {

site::SiteModel& defaultSite()
{
    static const std::unique_ptr<site::SiteModel> loaded = site::loadSiteModel({});
    return *loaded;
}

} // namespace lunar::test
