import { plural } from './format.ts';

/** "0 bytes", "512 bytes", "12.3 MiB", "1.2 GiB": binary units, as file managers on Linux show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte');
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? Math.round(value * 10) / 10 : Math.round(value)} ${units[unit]}`;
}

/** "45 s", "12 min", "26 h", "3.5 days": how long ago a file was written, from minutes. */
export function formatAge(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} s`;
  if (minutes < 120) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 72) return `${hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours)} h`;
  return `${Math.round((hours / 24) * 10) / 10} days`;
}
