import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  /** Whether the CPU says it runs under a hypervisor (a virtual machine): disk and CPU are shared. */
  virtualMachine: boolean;
  ramGb: number;
  os: string;
  kernel: string;
  node: string;
}

/** "Debian GNU/Linux 12 (bookworm)" where the system says so, else the kernel's name. */
function osName(): string {
  if (existsSync('/etc/os-release')) {
    const match = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (match?.[1]) return match[1];
  }
  return `${os.type()} ${os.release()}`;
}

/** What the figures were measured on; no paths, host or user names. */
export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    virtualMachine:
      existsSync('/proc/cpuinfo') && /^flags\s*:.*\bhypervisor\b/m.test(readFileSync('/proc/cpuinfo', 'utf8')),
    ramGb: Math.round(os.totalmem() / 1024 ** 3),
    os: osName(),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
  };
}

interface CpuSnapshot {
  busy: number;
  total: number;
  /** This process and its waited-for children (every measuring process, Chromium included), in clock ticks. */
  own: number;
}

/** Clock ticks from /proc (Linux); undefined elsewhere. */
export function cpuSnapshot(): CpuSnapshot | undefined {
  if (!existsSync('/proc/stat') || !existsSync('/proc/self/stat')) return undefined;
  const cpu = /^cpu\s+(.+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]?.split(/\s+/).map(Number) ?? [];
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0] = cpu;
  const self = readFileSync('/proc/self/stat', 'utf8');
  const fields = self
    .slice(self.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  // Fields 14–17 of /proc/[pid]/stat (utime, stime, cutime, cstime), counted after the name.
  const own = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
  // Steal (time the host gave to other machines) is left out: no process here used it.
  const busy = user + nice + system + irq + softirq;
  return { busy, total: busy + idle + iowait, own };
}

/** The share of the whole machine that other processes used between two snapshots (0–1). */
export function othersShare(from: CpuSnapshot | undefined, to: CpuSnapshot | undefined): number | undefined {
  if (!from || !to || to.total <= from.total) return undefined;
  const others = to.busy - from.busy - (to.own - from.own);
  return Math.max(0, others / (to.total - from.total));
}
