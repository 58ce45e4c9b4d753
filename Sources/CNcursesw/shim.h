#ifndef NP6_CNCURSESW_SHIM_H
#define NP6_CNCURSESW_SHIM_H

// Wide-character ncurses: these must be defined before <curses.h> so that the
// cchar_t / *_wch / *wstr entry points are declared.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <errno.h>
#include <unistd.h>
#include <string.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>
#include <fcntl.h>

// Everything Swift cannot import directly (function-like macros, the stdscr/LINES/COLS
// globals) is wrapped here as a static inline function. WINDOW never crosses into Swift:
// every wrapper works on stdscr, the only window the program uses.

static inline int np6_lines(void) { return LINES; }
static inline int np6_cols(void) { return COLS; }
static inline int np6_color_pairs(void) { return COLOR_PAIRS; }
static inline int np6_colors(void) { return COLORS; }
static inline int np6_color_pair(int pair) { return (int)COLOR_PAIR(pair); }

static inline void np6_getmaxyx(int *rows, int *cols) {
    int y, x;
    getmaxyx(stdscr, y, x);
    *rows = y;
    *cols = x;
}

static inline int np6_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline int np6_nodelay(int on) { return nodelay(stdscr, on ? TRUE : FALSE); }
static inline int np6_clearok(int on) { return clearok(stdscr, on ? TRUE : FALSE); }
static inline int np6_erase(void) { return werase(stdscr); }
static inline int np6_refresh(void) { return wrefresh(stdscr); }
static inline int np6_move(int y, int x) { return wmove(stdscr, y, x); }
static inline int np6_getcurx(void) { return getcurx(stdscr); }
static inline int np6_attrset(int attributes) { return wattrset(stdscr, attributes); }

static inline int np6_attr_bold(void) { return (int)A_BOLD; }
static inline int np6_attr_dim(void) { return (int)A_DIM; }
static inline int np6_attr_reverse(void) { return (int)A_REVERSE; }
static inline int np6_attr_underline(void) { return (int)A_UNDERLINE; }
static inline int np6_attr_normal(void) { return (int)A_NORMAL; }

/// Writes `count` wide characters at (y, x) on stdscr.
static inline int np6_mvaddnwstr(int y, int x, const wchar_t *text, int count) {
    return mvwaddnwstr(stdscr, y, x, text, count);
}

/// Reads back up to `count` wide characters at (y, x) of stdscr (what was drawn there).
static inline int np6_mvinnwstr(int y, int x, wchar_t *text, int count) {
    return mvwinnwstr(stdscr, y, x, text, count);
}

/// Reads one key or character without blocking. Returns ERR (no input), KEY_CODE_YES
/// (`*value` is a KEY_* code) or OK (`*value` is a character).
static inline int np6_get_wch(int *value) {
    wint_t character = 0;
    int result = wget_wch(stdscr, &character);
    *value = (int)character;
    return result;
}

static inline int np6_key_code_yes(void) { return KEY_CODE_YES; }
static inline int np6_err(void) { return ERR; }

static inline int np6_getmouse(int *y, int *x, unsigned long *buttons) {
    MEVENT event;
    if (getmouse(&event) != OK) return ERR;
    *y = event.y;
    *x = event.x;
    *buttons = (unsigned long)event.bstate;
    return OK;
}

static inline unsigned long np6_mouse_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline unsigned long np6_mouse_button1_released(void) { return BUTTON1_RELEASED; }
static inline unsigned long np6_mouse_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline unsigned long np6_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
#ifdef BUTTON5_PRESSED
static inline unsigned long np6_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline unsigned long np6_mouse_wheel_down(void) { return 0; }
#endif
static inline unsigned long np6_mouse_mask_all(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | np6_mouse_wheel_down();
}
static inline unsigned long np6_mousemask(unsigned long mask) {
    return (unsigned long)mousemask((mmask_t)mask, NULL);
}

// Signals. The handlers only write one byte to the program's wake-up pipe, which is
// async-signal-safe; the event loop then resizes or shuts down on its own thread.
static int np6_signal_fd = -1;

static inline void np6_signal_handler(int signal_number) {
    int saved = errno;
    char byte = signal_number == SIGWINCH ? 'w' : (signal_number == SIGTSTP ? 'z' : 'q');
    if (np6_signal_fd >= 0) { ssize_t ignored = write(np6_signal_fd, &byte, 1); (void)ignored; }
    errno = saved;
}

static inline void np6_install_signal_handlers(int fd) {
    np6_signal_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = np6_signal_handler;
    sigemptyset(&action.sa_mask);
    sigaction(SIGWINCH, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGQUIT, &action, NULL);
    struct sigaction ignore;
    memset(&ignore, 0, sizeof(ignore));
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, NULL);
}

static inline void np6_restore_default_signals(void) {
    signal(SIGWINCH, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    np6_signal_fd = -1;
}

/// The terminal's size as the kernel knows it, for resizeterm after SIGWINCH.
static inline int np6_terminal_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

// term.h defines a macro for every terminfo capability (`lines`, `columns`, `buttons`…), so it
// comes last, after every function whose names it would rewrite.
#include <ncursesw/term.h>

/// Whether terminfo describes `term` (1) or not (0), its colour count in *colors (-1 when it
/// has none) and whether it can move the cursor (`cup`) in *addressable: `dumb` cannot, and
/// nothing can be drawn on it. Loads the entry without touching the screen (`setupterm` on
/// /dev/null's descriptor), then frees it, leaving whatever terminal was current in place.
static inline int np6_terminfo_probe(const char *term, int *colors, int *addressable) {
    TERMINAL *previous = cur_term;
    int error = 0;
    int descriptor = open("/dev/null", O_WRONLY | O_CLOEXEC);
    int result = setupterm((char *)term, descriptor >= 0 ? descriptor : 2, &error);
    if (descriptor >= 0) close(descriptor);
    if (result != OK || error != 1) {
        if (cur_term != previous) { TERMINAL *loaded = set_curterm(previous); if (loaded) del_curterm(loaded); }
        return 0;
    }
    *colors = tigetnum((char *)"colors");
    char *cup = tigetstr((char *)"cup");
    *addressable = cup != NULL && cup != (char *)-1;
    TERMINAL *loaded = set_curterm(previous);
    if (loaded && loaded != previous) del_curterm(loaded);
    return 1;
}

#endif
