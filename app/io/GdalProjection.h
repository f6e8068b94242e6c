#pragma once
// MapProjection for any projected or geographic lunar CRS GDAL/PROJ understands.
// The common polar stereographic CRS maps to the pure implementation (fast, thread-free);
// anything else goes through an OGR transformation, serialised by a mutex because OGR
// transformations may not be shared between threads.
#include "core/MapProjection.h"

#include <memory>

class OGRSpatialReference;

namespace lunar::io {

// `where` names the file for error messages.
std::shared_ptr<const MapProjection> makeProjection(const OGRSpatialReference& srs,
                                                    const std::string& where);

} // namespace lunar::io
