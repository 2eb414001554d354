/** What a Nagios-style plugin printed, split the way Nagios splits it. */
export interface PluginOutput {
  /** The first line, before any `|`: the one-line status. */
  readonly message: string;
  /** Performance data by label, as condition placeholders can name it. */
  readonly perfdata: Readonly<Record<string, number | null>>;
}

/** Time units become milliseconds, like RESPONSE_TIME and the durations conditions write (`< 2s`). */
const TO_MS: Readonly<Record<string, number>> = { s: 1000, ms: 1, us: 0.001 };

const VALUE = /^([-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)([a-zA-Z%]*)$/;

/**
 * Splits plugin output per the Nagios plugin API: the first line is `status text |
 * perfdata`; further lines are long text until one holds a `|`, and from there on
 * everything after it is more perfdata. Each perfdata item is
 * `label=value[UOM];[warn];[crit];[min];[max]`, items separated by spaces, labels with
 * spaces in single quotes (`''` for a quote).
 *
 * Values are numbers; `U` (the plugin could not measure) is null. Units: s, ms and us
 * become milliseconds; every other unit (`%`, `B`, `KB`, `MB`, `GB`, `TB`, `c`) is
 * dropped and the number kept as printed, because plugins disagree on whether KB means
 * 1000 or 1024 and the plugin's own output and thresholds use its numbers. The warn,
 * crit, min and max fields are ignored: the exit code already carries the verdict.
 * Labels are made fit for a condition (`[my_label]`): characters other than letters,
 * digits, `_ : / . -` become `_`. A malformed item is skipped, not fatal.
 */
export function parsePluginOutput(stdout: string): PluginOutput {
  const lines = stdout.split(/\r?\n/);
  const first = lines[0] ?? '';
  const bar = first.indexOf('|');
  const message = (bar === -1 ? first : first.slice(0, bar)).trim();
  const perfText = bar === -1 ? [] : [first.slice(bar + 1)];
  const longPerf = lines.findIndex((line, index) => index > 0 && line.includes('|'));
  if (longPerf !== -1) {
    const line = lines[longPerf] as string;
    perfText.push(line.slice(line.indexOf('|') + 1), ...lines.slice(longPerf + 1));
  }
  // A Map, then own properties: a label such as `constructor` or `__proto__` is just a label.
  const perfdata = new Map<string, number | null>();
  for (const text of perfText) parseItems(text, perfdata);
  return { message, perfdata: Object.fromEntries(perfdata) };
}

function parseItems(text: string, into: Map<string, number | null>): void {
  let index = 0;
  while (index < text.length) {
    while (index < text.length && /\s/.test(text[index] as string)) index += 1;
    if (index >= text.length) return;
    let label = '';
    if (text[index] === "'") {
      index += 1;
      while (index < text.length) {
        if (text[index] === "'" && text[index + 1] === "'") {
          label += "'";
          index += 2;
        } else if (text[index] === "'") {
          index += 1;
          break;
        } else {
          label += text[index];
          index += 1;
        }
      }
    } else {
      while (index < text.length && text[index] !== '=' && !/\s/.test(text[index] as string)) label += text[index++];
    }
    const end = nextSpace(text, index);
    const item = text.slice(index, end);
    index = end;
    if (!item.startsWith('=') || label === '') continue;
    const value = parseValue(item.slice(1).split(';')[0] ?? '');
    const name = label.replace(/[^A-Za-z0-9_:/.-]/g, '_');
    if (value !== undefined && !into.has(name)) into.set(name, value);
  }
}

function nextSpace(text: string, from: number): number {
  const match = /\s/.exec(text.slice(from));
  return match ? from + match.index : text.length;
}

/** A number (time units in ms), null for `U`, undefined when it is not a value at all. */
function parseValue(raw: string): number | null | undefined {
  if (raw === 'U') return null;
  const match = VALUE.exec(raw);
  if (!match) return undefined;
  const number = Number(match[1]);
  const scale = TO_MS[match[2] ?? ''];
  return scale === undefined ? number : Math.round(number * scale * 1000) / 1000;
}
