// Catch2's main for the rendering tests, holding one connection to the X server for the
// whole run: an X server resets when its last client leaves, and a test case that opens its
// window during that reset gets "Unable to open display" (seen in CI between two cases).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <X11/Xlib.h>

int main(int argc, char* argv[])
{
    Display* held_display = XOpenDisplay(nullptr);  // may be null: cases then skip or fail alone
    const int result = Catch::Session().run(argc, argv);
    if (held_display != nullptr) XCloseDisplay(held_display);
    return result;
}
