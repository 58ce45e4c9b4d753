#ifndef NP6_CPROCESS_H
#define NP6_CPROCESS_H

/// Process-level guards that Swift cannot express: prctl is variadic, and a crash handler must
/// be async-signal-safe C.

/// No core dumps and no ptrace by the same user (as ssh-agent does): the process holds the API
/// key. Returns 0, or -1 if either call failed.
int np6_disable_core_dumps(void);

/// Saves the terminal's modes now (before ncurses changes them) and installs handlers for
/// SIGSEGV, SIGBUS, SIGILL, SIGABRT and SIGFPE. On a crash they leave the alternate screen, show
/// the cursor, turn mouse tracking off, put the saved modes back, say so on stderr, then let the
/// crash proceed with the default action. They run on an alternate stack, so a stack overflow
/// is covered too. `terminal_fd` is the terminal the screen is drawn on.
void np6_install_crash_restorer(int terminal_fd);

/// Puts the default actions back (after the screen was closed normally).
void np6_remove_crash_restorer(void);

#endif
