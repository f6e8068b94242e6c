#pragma once
// The built-in scenario's site, loaded once per test process with no display: the DEM and its
// horizon maps come from the test cache (the "default DEM" fixture generates it).
#include "site/SiteModel.h"

namespace lunar::test {

site::SiteModel& defaultSite();

} // namespace lunar::test
