#ifndef NLP_PROCESS_SPAWN_H
#define NLP_PROCESS_SPAWN_H

#include <sys/types.h>

/// The process started by nlp_spawn and the parent's ends of its three pipes.
typedef struct {
    pid_t pid;
    int input;   // write end of the child's stdin (non-blocking, close-on-exec)
    int output;  // read end of the child's stdout (non-blocking, close-on-exec)
    int errors;  // read end of the child's stderr (non-blocking, close-on-exec)
} nlp_spawned_process;

/// Starts `argv[0]` (searched in PATH when it has no slash) with arguments `argv` (NULL-terminated)
/// in `directory`, in a new process group, with default signal dispositions and an empty signal
/// mask, its stdin, stdout and stderr connected to new pipes. The pipes are created close-on-exec,
/// so a process started concurrently by another thread never inherits them.
/// Returns 0 and fills `process`, or an errno value (ENOENT when the program is not found).
int nlp_spawn(const char *const argv[], const char *directory, nlp_spawned_process *process);

#endif
