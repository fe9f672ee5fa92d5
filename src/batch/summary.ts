import type { TaskOutcome, TaskStatus } from './task.js';

export interface BatchFileReport {
  input: string;
  output: string | null;
  status: TaskStatus;
  errors: number;
  warnings: number;
  /** Activities in the converted document. */
  activities?: number;
  reason?: string;
}

export interface BatchReport {
  converted: number;
  convertedWithWarnings: number;
  /** Converted, but with no activities: no plan table was found (the file's diagnostics say why). */
  convertedWithoutActivities: number;
  skipped: number;
  failed: number;
  durationMs: number;
  /** Peak resident memory of the whole process, worker threads included (KiB). */
  maxRssKiB: number;
  /** CPU time of the whole process, all threads, user and system (ms): cpuMs / durationMs is how many cores were busy. */
  cpuMs: number;
  files: BatchFileReport[];
}

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;

/** Keeps per-file lines only (not the documents), so memory does not grow with the roadmaps' size. */
export class BatchSummary {
  private readonly files: BatchFileReport[] = [];
  private readonly started = Date.now();
  private readonly cpuAtStart = process.cpuUsage();

  add(o: TaskOutcome): void {
    const entry: BatchFileReport = {
      input: o.input,
      output: o.status === 'converted' ? o.output : null,
      status: o.status,
      errors: o.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: o.diagnostics.filter((d) => d.severity === 'warning').length,
    };
    if (o.activities !== undefined) entry.activities = o.activities;
    if (o.reason) entry.reason = o.reason;
    this.files.push(entry);
  }

  report(): BatchReport {
    const converted = this.files.filter((f) => f.status === 'converted');
    return {
      converted: converted.length,
      convertedWithWarnings: converted.filter((f) => f.warnings > 0).length,
      convertedWithoutActivities: converted.filter((f) => f.activities === 0).length,
      skipped: this.files.filter((f) => f.status === 'skipped').length,
      failed: this.files.filter((f) => f.status !== 'converted' && f.status !== 'skipped').length,
      durationMs: Date.now() - this.started,
      maxRssKiB: process.resourceUsage().maxRSS,
      cpuMs: Math.round(cpuMs(process.cpuUsage(this.cpuAtStart))),
      files: [...this.files].sort((a, b) => a.input.localeCompare(b.input)),
    };
  }

  failures(): BatchFileReport[] {
    return this.report().files.filter((f) => f.status !== 'converted' && f.status !== 'skipped');
  }
}
