/** One backup file in <dataDir>/backups. */
export interface BackupEntry {
  readonly fileName: string;
  readonly path: string;
  /** Wall-clock UTC ms, read from the file name so a copied folder keeps its order. */
  readonly createdAt: number;
  readonly sizeBytes: number;
}

export const BACKUPS_KEPT = 7;

const FILE_PATTERN = /^oncall-(\d{8})T(\d{6})(\d{3})Z\.sqlite$/;

/** `oncall-20261122T073000123Z.sqlite`: sortable, unique to the millisecond, no colons (Windows). */
export function backupFileName(at: number): string {
  const iso = new Date(at).toISOString(); // 2026-11-22T07:30:00.123Z
  const compact = iso.replace(/[-:]/g, '').replace('.', '');
  return `oncall-${compact}.sqlite`;
}

/** The time a backup was taken, or null when the name is not one of ours. */
export function parseBackupFileName(fileName: string): number | null {
  const match = FILE_PATTERN.exec(fileName);
  if (!match) return null;
  const [, day, time, ms] = match as unknown as [string, string, string, string];
  const iso = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${ms}Z`;
  const at = Date.parse(iso);
  return Number.isNaN(at) ? null : at;
}

/** Newest first; everything past the first `keep` is to be deleted. */
export function backupsToPrune<T extends { createdAt: number }>(entries: readonly T[], keep = BACKUPS_KEPT): T[] {
  return [...entries].sort((a, b) => b.createdAt - a.createdAt).slice(keep);
}
