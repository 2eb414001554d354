import { clip } from './format.ts';

/** What the body must (or, negated, must not) contain or match. */
export interface BodyExpectation {
  readonly keyword?: string | undefined;
  readonly regex?: string | undefined;
  readonly negate: boolean;
  readonly ignoreCase: boolean;
}

/** Null when the body is as expected, else one line saying how it is not. */
export function checkBody(expectation: BodyExpectation, body: string): string | null {
  const { keyword, regex, negate, ignoreCase } = expectation;
  let found: boolean;
  if (keyword !== undefined) {
    found = ignoreCase ? body.toLowerCase().includes(keyword.toLowerCase()) : body.includes(keyword);
  } else {
    found = new RegExp(regex ?? '', ignoreCase ? 'iu' : 'u').test(body);
  }
  if (found !== negate) return null;
  const what = keyword !== undefined ? `"${clip(keyword, 60)}"` : `/${clip(regex ?? '', 60)}/`;
  const verb = keyword !== undefined ? 'contain' : 'match';
  return negate ? `Body ${verb}s ${what}, which it must not` : `Body does not ${verb} ${what}`;
}
