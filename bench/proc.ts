// Reading process memory from /proc (Linux): a pack's peak resident set (VmHWM) must be read
// while it still runs, so the bench finds the runner's children and reads them before closing.
import * as fs from "node:fs";

export const MIB = 1024 * 1024;

/** Direct children of `pid` (all its threads), from /proc/<pid>/task/<tid>/children. */
export function childPids(pid: number = process.pid): number[] {
  const result: number[] = [];
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return result;
  }
  for (const tid of tasks) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text !== "") result.push(...text.split(/\s+/).map(Number));
    } catch {
      // the thread ended
    }
  }
  return result;
}

export function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** Peak resident set (VmHWM) and current (VmRSS) of a live process, in bytes. */
export function memoryOf(pid: number): { peak: number; current: number } | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return undefined;
  }
  const kib = (key: string): number => {
    const match = new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, "m").exec(text);
    return match ? Number(match[1]) * 1024 : 0;
  };
  return { peak: kib("VmHWM"), current: kib("VmRSS") };
}

/**
 * Watches the children of this process whose command line matches `pattern` and keeps the
 * highest VmHWM each reached — for a child that exits on its own (the program worker), whose
 * status cannot be read afterwards. Sampling every `intervalMs` misses at most the growth of
 * the last interval.
 */
export class ChildMemoryWatch {
  private readonly peaks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pattern: RegExp,
    intervalMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    for (const pid of childPids()) {
      if (!this.peaks.has(pid) && !this.pattern.test(commandLine(pid))) continue;
      const memory = memoryOf(pid);
      if (memory) this.peaks.set(pid, Math.max(this.peaks.get(pid) ?? 0, memory.peak));
    }
  }

  /** The highest peak seen over all matching children. */
  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return Math.max(0, ...this.peaks.values());
  }
}

/**
 * CPU seconds (user + system) of this process and of every descendant it has waited for
 * (/proc/self/stat utime, stime, cutime, cstime; clock ticks of 1/100 s on Linux). Workers reap
 * their pack processes, the driver reaps the workers: at the end this is the bench's whole CPU.
 */
export function cpuSecondsWithChildren(): number {
  try {
    const stat = fs.readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime is field 14 of the full line, i.e. index 11 here; then stime, cutime, cstime.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
    return ticks / 100;
  } catch {
    return NaN;
  }
}
