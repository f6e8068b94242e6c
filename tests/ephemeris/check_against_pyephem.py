#!/usr/bin/env python3
"""Checks `lunarviz ephem` against an independent ephemeris: PyEphem (libastro, Debian
python3-ephem), whose Sun (VSOP87) and Moon (its own lunar theory) share no code with ERFA.

For random instants 2000-2050 and sites (poles included) it takes PyEphem's astrometric
geocentric Sun and Moon (J2000), forms the Moon-centred vectors, turns them into the
Moon-fixed frame with an independent transcription of the IAU 2015 rotation model, and
compares azimuth/elevation with lunarviz. That shares the rotation model; so a second check
compares the Sun's elevation at the north pole (= the sub-solar latitude) with PyEphem's
own sub-solar latitude, which comes from Meeus's physical librations instead. Exits 1 if any row exceeds the accuracy target
(elevation 0.05 deg, azimuth 0.2 deg). Usage: check_against_pyephem.py LUNARVIZ [ROWS]
"""
import json
import math
import random
import subprocess
import sys

try:
    import ephem
except ImportError:
    print("SKIP: python3-ephem is not installed (apt-get install python3-ephem)")
    sys.exit(77)

AU_KM = 149597870.7
MOON_RADIUS_KM = 1737.4
ELEVATION_LIMIT_DEG = 0.05
AZIMUTH_LIMIT_DEG = 0.2


def unit_from_ra_dec(ra, dec):
    return (math.cos(dec) * math.cos(ra), math.cos(dec) * math.sin(ra), math.sin(dec))


def rot_x(a, v):  # passive (frame) rotation
    c, s = math.cos(a), math.sin(a)
    return (v[0], c * v[1] + s * v[2], -s * v[1] + c * v[2])


def rot_z(a, v):
    c, s = math.cos(a), math.sin(a)
    return (c * v[0] + s * v[1], -s * v[0] + c * v[1], v[2])


def icrf_to_moon_fixed(v, days):
    """IAU WGCCRE 2015 Moon (Archinal et al. 2018, Table 2), written out again here."""
    t = days / 36525.0
    e = [0.0] + [math.radians(a + r * days) for a, r in [
        (125.045, -0.0529921), (250.089, -0.1059842), (260.008, 13.0120009),
        (176.625, 13.3407154), (357.529, 0.9856003), (311.589, 26.4057084),
        (134.963, 13.0649930), (276.617, 0.3287146), (34.226, 1.7484877),
        (15.134, -0.1589763), (119.743, 0.0036096), (239.961, 0.1643573),
        (25.053, 12.9590088)]]
    s, c = math.sin, math.cos
    ra = (269.9949 + 0.0031 * t - 3.8787 * s(e[1]) - 0.1204 * s(e[2]) + 0.0700 * s(e[3])
          - 0.0172 * s(e[4]) + 0.0072 * s(e[6]) - 0.0052 * s(e[10]) + 0.0043 * s(e[13]))
    dec = (66.5392 + 0.0130 * t + 1.5419 * c(e[1]) + 0.0239 * c(e[2]) - 0.0278 * c(e[3])
           + 0.0068 * c(e[4]) - 0.0029 * c(e[6]) + 0.0009 * c(e[7]) + 0.0008 * c(e[10])
           - 0.0009 * c(e[13]))
    w = (38.3213 + 13.17635815 * days - 1.4e-12 * days * days + 3.5610 * s(e[1])
         + 0.1208 * s(e[2]) - 0.0642 * s(e[3]) + 0.0158 * s(e[4]) + 0.0252 * s(e[5])
         - 0.0066 * s(e[6]) - 0.0047 * s(e[7]) - 0.0046 * s(e[8]) + 0.0028 * s(e[9])
         + 0.0052 * s(e[10]) + 0.0040 * s(e[11]) + 0.0019 * s(e[12]) - 0.0044 * s(e[13]))
    v = rot_z(math.radians(90.0 + ra), v)
    v = rot_x(math.radians(90.0 - dec), v)
    return rot_z(math.radians(w % 360.0), v)


def az_el(body_km, lat, lon, height_km):
    r = MOON_RADIUS_KM + height_km
    up = (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
    east = (-math.sin(lon), math.cos(lon), 0.0)
    north = (-math.sin(lat) * math.cos(lon), -math.sin(lat) * math.sin(lon), math.cos(lat))
    d = [body_km[i] - r * up[i] for i in range(3)]
    x, y, z = (sum(d[i] * a[i] for i in range(3)) for a in (east, north, up))
    return (math.degrees(math.atan2(x, y)) % 360.0,
            math.degrees(math.atan2(z, math.hypot(x, y))))


def reference(tt_jd, lat, lon, height_km):
    djd = tt_jd - 2415020.0  # PyEphem dates are Dublin Julian Days, in UT
    ut = djd
    for _ in range(3):  # make PyEphem's own TT (= UT + its delta T) equal to ours
        ut = djd - ephem.delta_t(ut) / 86400.0
    moon, sun = ephem.Moon(ut), ephem.Sun(ut)
    moon_km = [AU_KM * moon.earth_distance * c for c in unit_from_ra_dec(moon.a_ra, moon.a_dec)]
    sun_km = [AU_KM * sun.earth_distance * c for c in unit_from_ra_dec(sun.a_ra, sun.a_dec)]
    days = tt_jd - 2451545.0
    sun_fixed = icrf_to_moon_fixed(tuple(sun_km[i] - moon_km[i] for i in range(3)), days)
    earth_fixed = icrf_to_moon_fixed(tuple(-c for c in moon_km), days)
    return az_el(sun_fixed, lat, lon, height_km), az_el(earth_fixed, lat, lon, height_km)


def main():
    lunarviz = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rng = random.Random(2030)
    sites = [(-89.72, -117.2), (-89.9, 45.0), (-41.6385, -153.985), (-45.457, 177.588),
             (43.06, -51.92), (0.0, 0.0), (89.5, 120.0)]
    worst = {"sun": [0.0, 0.0], "earth": [0.0, 0.0]}
    sums = {"sun": [0.0, 0.0], "earth": [0.0, 0.0]}
    failures = 0
    for i in range(rows):
        year = 2000 + 50.0 * rng.random()
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        hour, minute = rng.randint(0, 23), rng.randint(0, 59)
        time = f"{int(year):04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z"
        lat, lon = sites[i % len(sites)]
        height_m = rng.choice([0.0, 2.0, 2000.0])
        out = json.loads(subprocess.run(
            [lunarviz, "ephem", "--time", time, "--lat", str(lat), "--lon", str(lon),
             "--height", str(height_m)], check=True, capture_output=True, text=True).stdout)
        ref = reference(out["tt_jd"], math.radians(lat), math.radians(lon), height_m / 1000.0)
        for body, (ref_az, ref_el) in zip(("sun", "earth"), ref):
            got = out[body]
            d_el = abs(got["elevation_deg"] - ref_el)
            # Azimuth is undefined at the zenith: compare it where the body is below 80 deg.
            d_az = abs((got["azimuth_deg"] - ref_az + 180.0) % 360.0 - 180.0)
            if abs(ref_el) > 80.0:
                d_az = 0.0
            worst[body] = [max(worst[body][0], d_el), max(worst[body][1], d_az)]
            sums[body] = [sums[body][0] + d_el, sums[body][1] + d_az]
            if d_el > ELEVATION_LIMIT_DEG or d_az > AZIMUTH_LIMIT_DEG:
                failures += 1
                print(f"FAIL {time} site {lat},{lon} {body}: elevation {got['elevation_deg']:.4f}"
                      f" vs {ref_el:.4f}, azimuth {got['azimuth_deg']:.4f} vs {ref_az:.4f}")
    # Orientation check, independent of the IAU series: sub-solar latitude.
    sublat_worst, sublat_sum = 0.0, 0.0
    for i in range(rows // 4):
        time = f"{2000 + rng.randint(0, 49):04d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T12:00:00Z"
        out = json.loads(subprocess.run([lunarviz, "ephem", "--time", time, "--lat", "90",
                                         "--lon", "0"], check=True, capture_output=True,
                                        text=True).stdout)
        djd = out["tt_jd"] - 2415020.0
        ut = djd
        for _ in range(3):
            ut = djd - ephem.delta_t(ut) / 86400.0
        diff = abs(out["sun"]["elevation_deg"] - math.degrees(ephem.Moon(ut).subsolar_lat))
        sublat_worst, sublat_sum = max(sublat_worst, diff), sublat_sum + diff
        if diff > ELEVATION_LIMIT_DEG:
            failures += 1
            print(f"FAIL {time}: sub-solar latitude differs by {diff:.4f} deg")
    print(f"sub-solar latitude vs PyEphem's physical librations: {rows // 4} instants, mean "
          f"{sublat_sum / max(1, rows // 4):.4f} max {sublat_worst:.4f} deg (limit {ELEVATION_LIMIT_DEG})")
    for body in ("sun", "earth"):
        print(f"{body:5s}: {rows} instants 2000-2050; elevation difference mean "
              f"{sums[body][0] / rows:.4f} max {worst[body][0]:.4f} deg (limit "
              f"{ELEVATION_LIMIT_DEG}); azimuth mean {sums[body][1] / rows:.4f} max "
              f"{worst[body][1]:.4f} deg (limit {AZIMUTH_LIMIT_DEG})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
