#include "CLibC.h"
#include <stddef.h>

// Weak so that the object scripts/release writes (with the commit and date in it) replaces them
// at link time; a plain build keeps these and says it is unstamped.
__attribute__((weak)) const char *np6_build_commit(void) { return NULL; }
__attribute__((weak)) const char *np6_build_date(void) { return NULL; }
