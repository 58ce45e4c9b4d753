// wcwidth and newlocale are X/Open and POSIX 2008 interfaces: ask glibc to declare them.
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include "CLibC.h"

#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
#include <locale.h>
#include <pthread.h>
#include <wchar.h>

int np6_disable_core_dumps(void) {
    struct rlimit none = {0, 0};
    int result = setrlimit(RLIMIT_CORE, &none);
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) result = -1;
    return result;
}

void np6_name_this_thread(const char *name) {
    (void)prctl(PR_SET_NAME, (unsigned long)name, 0, 0, 0);
}

static locale_t utf8_locale = (locale_t)0;
static pthread_once_t utf8_locale_once = PTHREAD_ONCE_INIT;

static void make_utf8_locale(void) {
    utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

int np6_wcwidth_utf8(unsigned int scalar) {
    pthread_once(&utf8_locale_once, make_utf8_locale);
    locale_t utf8 = utf8_locale;
    if (utf8 == (locale_t)0) return scalar < 0x80 ? 1 : -1;
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE};
static struct termios saved_modes;
static int saved_modes_valid = 0;
static int restore_fd = -1;
static char alternate_stack[64 * 1024];

static void write_all(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static void crash_handler(int signal_number) {
    // Mouse tracking off (every mode ncurses may have asked for), normal attributes, cursor
    // shown, alternate screen left, then the modes the shell had.
    static const char restore[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
    if (restore_fd >= 0) {
        write_all(restore_fd, restore, sizeof(restore) - 1);
        if (saved_modes_valid) tcsetattr(restore_fd, TCSANOW, &saved_modes);
    }
    static const char said[] = "np6-subs crashed; the terminal was restored. Please report it (a --log-file helps).\n";
    write_all(STDERR_FILENO, said, sizeof(said) - 1);
    // SA_RESETHAND put the default action back: raising again ends the process as the crash would.
    raise(signal_number);
}

void np6_install_crash_restorer(int terminal_fd) {
    restore_fd = terminal_fd;
    saved_modes_valid = tcgetattr(terminal_fd, &saved_modes) == 0;
    stack_t stack;
    memset(&stack, 0, sizeof(stack));
    stack.ss_sp = alternate_stack;
    stack.ss_size = sizeof(alternate_stack);
    sigaltstack(&stack, NULL);
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = crash_handler;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < sizeof(crash_signals) / sizeof(crash_signals[0]); index++) {
        sigaction(crash_signals[index], &action, NULL);
    }
}

void np6_remove_crash_restorer(void) {
    for (size_t index = 0; index < sizeof(crash_signals) / sizeof(crash_signals[0]); index++) {
        signal(crash_signals[index], SIG_DFL);
    }
    restore_fd = -1;
}
