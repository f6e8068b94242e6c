#pragma once
// The per-category model builders behind buildFacilityModel (FacilityModels.cpp), and what
// they share: a facility's optional model parameters and nodes that turn toward the Sun or
// the Earth. Internal to lunar_scene.
#include "scene/FacilityModels.h"

#include <osg/Group>
#include <osg/MatrixTransform>

#include <string>

namespace lunar::scene {

// A model parameter of the facility, or `fallback` when the scenario gives none.
double param(const Facility& f, const std::string& key, double fallback);

// A transform at `pivot` that turns its children each frame: about the vertical so that
// their +y faces the Sun's (or the Earth's) azimuth, and with `elevation` also up onto it.
osg::ref_ptr<osg::MatrixTransform> tracker(const FacilityModelContext& c, bool to_earth,
                                           bool elevation, osg::Vec3 pivot,
                                           const char* name = kTrackingNodeName);

// HabitatModels.cpp
osg::ref_ptr<osg::Group> habitat(const Facility& f);
osg::ref_ptr<osg::Group> commandCentre(const Facility& f);
osg::ref_ptr<osg::Group> laboratory(const Facility& f);
osg::ref_ptr<osg::Group> telescope(const Facility& f);
// EnergyModels.cpp
osg::ref_ptr<osg::Group> solarArray(const Facility& f, const FacilityModelContext& c);
osg::ref_ptr<osg::Group> nuclearPower(const Facility& f);
// CommsModels.cpp
osg::ref_ptr<osg::Group> earthDish(const Facility& f, const FacilityModelContext& c);
osg::ref_ptr<osg::Group> relayMast(const Facility& f);
// PlantModels.cpp
osg::ref_ptr<osg::Group> isruPlant(const Facility& f);
osg::ref_ptr<osg::Group> refuelling(const Facility& f);
// VehicleModels.cpp
osg::ref_ptr<osg::Group> rover(const Facility& f, bool pressurized);
osg::ref_ptr<osg::Group> hopper(const Facility& f);
// PadModel.cpp
osg::ref_ptr<osg::Group> landingPad(const Facility& f, const PadGrading* grading);

} // namespace lunar::scene
