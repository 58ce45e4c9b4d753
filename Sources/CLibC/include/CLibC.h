#ifndef NP6_CLIBC_H
#define NP6_CLIBC_H

/// What the program needs from the C library that Swift cannot reach: prctl is variadic, a crash
/// handler must be async-signal-safe C, and Swift's Glibc module declares neither wcwidth nor
/// memfd_create.

/// No core dumps and no ptrace by the same user (as ssh-agent does): the process holds the API
/// key. Returns 0, or -1 if either call failed.
int np6_disable_core_dumps(void);

/// Names the calling thread (at most 15 bytes are kept), as `ps -L` and gdb show it.
void np6_name_this_thread(const char *name);

/// Saves the terminal's modes now (before ncurses changes them) and installs handlers for
/// SIGSEGV, SIGBUS, SIGILL, SIGABRT and SIGFPE. On a crash they leave the alternate screen, show
/// the cursor, turn mouse tracking off, put the saved modes back, say so on stderr, then let the
/// crash proceed with the default action. They run on an alternate stack, so a stack overflow
/// is covered too. `terminal_fd` is the terminal the screen is drawn on.
void np6_install_crash_restorer(int terminal_fd);

/// Puts the default actions back (after the screen was closed normally).
void np6_remove_crash_restorer(void);

/// glibc's wcwidth for `scalar` under the C.UTF-8 locale, set on this thread for the call only:
/// -1 for a character that is not printable. The process's own locale is left alone.
int np6_wcwidth_utf8(unsigned int scalar);

/// Ctrl-C (SIGINT) and SIGTERM during a batch: with `on`, both only count (from zero); without,
/// they get their default action back. The count is read by polling: a handler may do nothing
/// more than that safely.
void np6_watch_interrupts(int on);
int np6_interrupt_count(void);

/// A file in memory with no name in any folder (memfd_create, close-on-exec): the bytes a child
/// process reads on its standard input. Returns its descriptor, or -1 with errno set.
int np6_anonymous_file(const char *name);

/// The git commit and the UTC build time a release binary was built from, or NULL in a build
/// that was not stamped (`swift build`, `swift run`). The definitions here are weak: scripts/release
/// links an object of its own that defines both strongly, so stamping relinks and compiles nothing.
const char *np6_build_commit(void);
const char *np6_build_date(void);

#endif
