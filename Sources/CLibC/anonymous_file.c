// memfd_create is a GNU interface: ask glibc to declare it.
#define _GNU_SOURCE
#include "CLibC.h"

#include <sys/mman.h>

int np6_anonymous_file(const char *name) {
    return memfd_create(name, MFD_CLOEXEC);
}
