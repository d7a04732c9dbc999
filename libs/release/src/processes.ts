import { readFileSync } from 'node:fs';

/**
 * A process as the files it leaves behind name it: its pid and, where `/proc` tells it, its start time
 * (clock ticks after boot), so a pid the system has since given to another process is not taken for it.
 */
export interface ProcessId {
  pid: number;
  start: string | null;
}

/** What `/proc/<pid>/stat` says about a process (Linux). */
export interface ProcessStat {
  pid: number;
  ppid: number;
  start: string;
  /** `Z` for a zombie: it has exited, only its exit status is left to collect. */
  state: string;
}

export function processStat(pid: number): ProcessStat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined; // no such process, or no /proc (not Linux)
  }
  // Field 2, the command name, may hold spaces and parentheses: the fields are counted after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { pid, state: fields[0]!, ppid: Number(fields[1]), start: fields[19]! };
}

export function currentProcess(): ProcessId {
  return { pid: process.pid, start: processStat(process.pid)?.start ?? null };
}

/** Whether the process still runs: a zombie has exited, and a pid reused by a process started later is another process. */
export function isRunning(id: ProcessId): boolean {
  try {
    process.kill(id.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (id.start === null) return true;
  const stat = processStat(id.pid);
  return stat !== undefined && stat.state !== 'Z' && stat.start === id.start;
}

export function sameProcess(a: ProcessId, b: ProcessId): boolean {
  return a.pid === b.pid && a.start === b.start;
}

/** `<pid>` or `<pid>-<start>`: a process's name in a file name. */
export function processTag(id: ProcessId): string {
  return id.start === null ? String(id.pid) : `${id.pid}-${id.start}`;
}

export function parseProcessTag(tag: string): ProcessId | undefined {
  const match = /^(\d+)(?:-(\d+))?$/.exec(tag);
  return match ? { pid: Number(match[1]), start: match[2] ?? null } : undefined;
}
