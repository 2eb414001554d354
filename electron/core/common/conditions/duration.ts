/**
 * Durations as Gatus reads them (Go's `time.ParseDuration`): an optional sign, then one
 * or more decimal numbers each followed by a unit — `500ms`, `30m`, `1h30m`, `1.5h`.
 * Units: ns, us (µs, μs), ms, s, m, h, and our extension `d` (24h), because
 * certificate thresholds are thought of in days and `168h` is hard to read at 3am.
 */

const UNIT_MS: ReadonlyMap<string, number> = new Map([
  ['ns', 1e-6],
  ['us', 1e-3],
  ['µs', 1e-3], // micro sign U+00B5
  ['μs', 1e-3], // Greek mu U+03BC: Go accepts both spellings
  ['ms', 1],
  ['s', 1_000],
  ['m', 60_000],
  ['h', 3_600_000],
  ['d', 86_400_000],
]);

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/**
 * Milliseconds for a duration such as `48h` or `1h30m`, or null when `text` is not one.
 * A bare number is not a duration (Go requires a unit); callers read it as a number.
 */
export function parseDuration(text: string): number | null {
  let index = 0;
  let sign = 1;
  if (text[index] === '+' || text[index] === '-') {
    sign = text[index] === '-' ? -1 : 1;
    index += 1;
  }
  if (index >= text.length) return null;
  let total = 0;
  while (index < text.length) {
    const start = index;
    while (isDigit(text[index])) index += 1;
    if (text[index] === '.') {
      index += 1;
      while (isDigit(text[index])) index += 1;
    }
    const number = text.slice(start, index);
    if (number === '' || number === '.') return null;
    const unitStart = index;
    while (index < text.length && !isDigit(text[index]) && text[index] !== '.') index += 1;
    const factor = UNIT_MS.get(text.slice(unitStart, index));
    if (factor === undefined) return null;
    total += Number(number) * factor;
  }
  return Number.isFinite(total) ? sign * total : null;
}

/**
 * A duration in the largest units that fit, whole seconds only (like Gatus's result
 * lines): 172800000 → `2d`, 5400000 → `1h30m`, 750 → `750ms`, 0 → `0s`.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const sign = ms < 0 ? '-' : '';
  const magnitude = Math.abs(ms);
  if (magnitude < 1_000) return magnitude === 0 ? '0s' : `${sign}${Math.round(magnitude)}ms`;
  let rest = Math.floor(magnitude / 1_000) * 1_000;
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', MS_PER_DAY],
    ['h', MS_PER_HOUR],
    ['m', MS_PER_MINUTE],
    ['s', 1_000],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${unit}`);
    rest -= count * size;
  }
  return sign + parts.join('');
}
