// Sanitizer builds only (linked into the programs that open OpenGL contexts).
//
// Mesa unloads its driver (swrast_dri.so, llvmpipe) when the last GL display closes, before
// LeakSanitizer's check at exit. The driver's process-lifetime caches then show as leaks
// "from <unknown module>", which no suppression can name. Loading the driver once more,
// never to be unloaded, keeps its frames named, so the swrast_dri.so suppression in
// lsan.supp applies and nothing else is hidden.
#include <dlfcn.h>

namespace {

__attribute__((constructor)) void keepMesaDriverLoaded()
{
    // Missing driver (another GL): nothing to keep; the leak check then reports as is.
    (void)dlopen(LUNAR_MESA_DRIVER, RTLD_LAZY | RTLD_NODELETE);
}

} // namespace
