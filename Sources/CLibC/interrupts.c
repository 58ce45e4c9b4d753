// sigaction is POSIX: ask glibc to declare it.
#define _XOPEN_SOURCE 700
#include "CLibC.h"
#include <signal.h>
#include <stdatomic.h>
#include <string.h>

// Lock-free, so incrementing it in a signal handler is async-signal-safe.
static atomic_int interrupt_count;

static void count_interrupt(int signal_number) {
    (void)signal_number;
    atomic_fetch_add(&interrupt_count, 1);
}

void np6_watch_interrupts(int on) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    sigemptyset(&action.sa_mask);
    if (on) {
        atomic_store(&interrupt_count, 0);
        action.sa_handler = count_interrupt;
    } else {
        action.sa_handler = SIG_DFL;
    }
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
}

int np6_interrupt_count(void) { return atomic_load(&interrupt_count); }
