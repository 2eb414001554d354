import { parseCondition, type Operand, type PlaceholderOperand } from '../../common/conditions/index.ts';

/** The kinds a Gatus endpoint can become. */
export type ImportedKind = 'http' | 'tcp' | 'tls' | 'dns';

/**
 * The values each of our check types measures. A condition on anything else could never
 * pass here and would keep the check critical forever, so it is left out and listed.
 */
const MEASURED: Readonly<Record<ImportedKind, readonly string[]>> = {
  http: ['STATUS', 'RESPONSE_TIME', 'BODY', 'IP', 'CONNECTED'],
  tcp: ['CONNECTED', 'RESPONSE_TIME', 'IP'],
  tls: ['CONNECTED', 'RESPONSE_TIME', 'IP', 'CERTIFICATE_EXPIRATION', 'days_to_expiry'],
  dns: ['DNS_RCODE', 'RESPONSE_TIME', 'IP', 'answers'],
};

// Names are matched ignoring case, as conditions (and Gatus) match them.
const measures = (kind: ImportedKind, name: string): boolean => MEASURED[kind].some((known) => known.toUpperCase() === name.toUpperCase());

/** What the endpoint's conditions are about, for notes that say what to do instead. */
export interface ConditionTarget {
  readonly kind: ImportedKind;
  /** For http: where a tls check would have to look for the certificate. */
  readonly host?: string;
  readonly port?: number;
  /** For dns: decides what Gatus's [BODY] becomes. */
  readonly recordType?: string;
}

export interface AdaptedConditions {
  readonly critical: string[];
  readonly dropped: Array<{ readonly index: number; readonly note: string }>;
  readonly rewritten: Array<{ readonly index: number; readonly note: string }>;
}

const placeholdersOf = (operand: Operand): PlaceholderOperand[] =>
  operand.kind === 'placeholder' ? [operand] : operand.kind === 'len' || operand.kind === 'has' ? [operand.target] : [];

/**
 * Gatus conditions (already known to parse) as conditions for our check of `target.kind`.
 * DNS answers are [IP] and [answers] here, not [BODY], so a DNS [BODY] is renamed; a
 * placeholder the kind never measures drops the condition with a note saying why.
 */
export function adaptConditions(texts: readonly string[], target: ConditionTarget): AdaptedConditions {
  const result: AdaptedConditions = { critical: [], dropped: [], rewritten: [] };
  texts.forEach((text, index) => {
    const parsed = parseCondition(text);
    if (!parsed.ok) return;
    const { left, operator, right } = parsed.condition;
    const names = [...placeholdersOf(left), ...placeholdersOf(right)].map((placeholder) => placeholder.name);
    const readsBody = names.some((name) => name.toUpperCase() === 'BODY');
    const bodyAnswer = target.kind === 'dns' && readsBody ? (target.recordType === 'A' || target.recordType === 'AAAA' ? 'IP' : 'answers') : null;
    const missing = names.find((name) => !measures(target.kind, name) && !(name.toUpperCase() === 'BODY' && bodyAnswer !== null));
    if (missing !== undefined) {
      result.dropped.push({ index, note: `"${text.trim()}" was left out: ${whyNotMeasured(missing, target)}` });
      return;
    }
    if (bodyAnswer === null) {
      result.critical.push(text.trim());
      return;
    }
    const renamed = `${rename(left, bodyAnswer)} ${operator} ${rename(right, bodyAnswer)}`;
    result.critical.push(renamed);
    const what = bodyAnswer === 'IP' ? 'the first address as [IP]' : 'its answers, comma-separated, as [answers]';
    result.rewritten.push({ index, note: `"${text.trim()}" became "${renamed}": a dns check here reports ${what}` });
  });
  return result;
}

/** The operand as text, with a [BODY] placeholder renamed to `[to]` (its JSON path kept). */
function rename(operand: Operand, to: string): string {
  const swap = (placeholder: PlaceholderOperand): string =>
    placeholder.name.toUpperCase() === 'BODY' ? `[${to}]${placeholder.text.slice(placeholder.name.length + 2)}` : placeholder.text;
  if (operand.kind === 'placeholder') return swap(operand);
  if (operand.kind === 'len' || operand.kind === 'has') return `${operand.kind}(${swap(operand.target)})`;
  return operand.text;
}

function whyNotMeasured(name: string, target: ConditionTarget): string {
  const upper = name.toUpperCase();
  if (upper === 'DOMAIN_EXPIRATION') return 'domain expiry (WHOIS) is not checked here';
  if (upper === 'CERTIFICATE_EXPIRATION' && target.kind === 'http') {
    const where = target.host ? ` for ${target.host}:${target.port ?? 443}` : '';
    return `an http check does not read the certificate here; add a tls check${where} to watch it`;
  }
  const measured = MEASURED[target.kind].map((known) => `[${known}]`).join(', ');
  return `a ${target.kind} check does not measure [${name}] (it measures ${measured})`;
}
