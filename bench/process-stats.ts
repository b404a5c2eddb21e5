import { readFileSync } from 'node:fs';

/*
 * Per-process figures from Linux /proc: resident memory, and CPU time (which, unlike latency,
 * does not grow when other work on the machine competes for the cores).
 */

const TICK_MS = 10; // USER_HZ is 100 on Linux.

/** CPU time (user + system) a process has used so far, in ms; null once it has exited. */
export function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** Resident memory of a process in MB; null once it has exited. */
export function readRssMb(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Samples the RSS of named processes every `intervalMs`, keeping the peak of each over the whole
 * run and over the current window (one operation). Call stop() when done: it holds a timer.
 */
export class RssSampler {
  private readonly peak = new Map<string, number>();
  private window = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pids: Record<string, number>,
    intervalMs = 100,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.sample();
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.pids)) {
      const mb = readRssMb(pid);
      if (mb === null) continue;
      this.peak.set(name, Math.max(this.peak.get(name) ?? 0, mb));
      this.window.set(name, Math.max(this.window.get(name) ?? 0, mb));
    }
  }

  /** Peaks since the previous call (or the start), then starts a new window. */
  takeWindow(): Record<string, number> {
    this.sample();
    const peaks = Object.fromEntries(this.window);
    this.window = new Map();
    return peaks;
  }

  /** Peaks over the whole run. */
  peaks(): Record<string, number> {
    this.sample();
    return Object.fromEntries(this.peak);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
