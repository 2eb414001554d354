/**
 * Two markdown-it core rules for what GitHub adds on top of CommonMark. They run once per
 * parse, after the inline text is joined, and only mark tokens (`meta`), so drawing the
 * same tokens twice (new links, new images) gives the same result.
 * - Task lists: `- [ ] step` / `- [x] step`.
 * - Alerts: `> [!WARNING] Title`, and MkDocs admonitions, which prepare.ts rewrote into them.
 */
import type { StateCore, Token } from 'markdown-it';

export interface ListItemMeta {
  readonly checked: boolean;
}
export interface ListMeta {
  readonly tasks: true;
}
export interface AlertMeta {
  readonly kind: string;
  readonly title: string;
}

const TASK_MARKER = /^\[([ xX])\](?=\s|$)/;
const ALERT_MARKER = /^\[!([A-Za-z][\w-]*)\][ \t]*/;

/** The first inline of a container (`> x`, `- x`) when the container opens with a paragraph. */
function leadInline(tokens: readonly Token[], open: number): Token | null {
  const inline = tokens[open + 2];
  return tokens[open + 1]?.type === 'paragraph_open' && inline?.type === 'inline' ? inline : null;
}

/** Removes the first `length` characters of the inline's first text, and the line break a marker alone on its line leaves. */
function dropLead(inline: Token, length: number): void {
  const children = inline.children ?? [];
  const first = children[0];
  if (!first) return;
  first.content = first.content.slice(length);
  let drop = first.content === '' ? 1 : 0;
  while (drop > 0 && children[drop]?.type === 'softbreak') drop++;
  if (drop > 0) children.splice(0, drop);
}

export function markTasks(state: StateCore): void {
  const tokens = state.tokens;
  const lists: Token[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') lists.push(token);
    else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') lists.pop();
    else if (token.type === 'list_item_open') {
      const inline = leadInline(tokens, index);
      const first = inline?.children?.[0];
      // Checked on the source too: an escaped `\[x]` joins into the same text but is not a task.
      const marker = inline ? TASK_MARKER.exec(inline.content) : null;
      if (!inline || !marker || first?.type !== 'text' || !first.content.startsWith(marker[0])) continue;
      token.meta = { checked: marker[1] !== ' ' } satisfies ListItemMeta;
      const list = lists.at(-1);
      if (list) list.meta = { tasks: true } satisfies ListMeta;
      const rest = first.content.slice(marker[0].length);
      dropLead(inline, first.content.length - rest.trimStart().length);
    }
  }
}

export function markAlerts(state: StateCore): void {
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type !== 'blockquote_open') continue;
    const inline = leadInline(tokens, index);
    const first = inline?.children?.[0];
    if (!inline || first?.type !== 'text') continue;
    const match = ALERT_MARKER.exec(first.content);
    if (!match) continue;
    const kind = (match[1] ?? 'note').toLowerCase();
    // The rest of the marker's line is the title (its text only: a title is not formatted).
    const children = inline.children ?? [];
    let end = 0;
    while (end < children.length && children[end]?.type !== 'softbreak' && children[end]?.type !== 'hardbreak') end++;
    const title = children
      .slice(0, end)
      .map((child) => child.content)
      .join('')
      .slice(match[0].length)
      .trim();
    token.meta = { kind, title: title || kind.charAt(0).toUpperCase() + kind.slice(1) } satisfies AlertMeta;
    children.splice(0, end);
    while (children[0]?.type === 'softbreak' || children[0]?.type === 'hardbreak') children.shift();
    inline.content = '';
  }
}
