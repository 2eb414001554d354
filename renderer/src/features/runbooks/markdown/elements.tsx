/**
 * The React element for each markdown-it open/close pair (and raw HTML), built when the
 * pair closes. Every element is one named here; strings from the runbook are only ever
 * React text children or attribute values, never markup.
 */
import type { ReactNode } from 'react';
import type { Token } from 'markdown-it';
import { Callout } from './Callout.tsx';
import type { FootnoteMeta } from './footnotes.ts';
import { markdownLink } from './MarkdownLink.tsx';
import type { RenderContext } from './render.tsx';
import type { AlertMeta, ListItemMeta } from './rules.ts';

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The page's h1 is the runbook's title, so the body's headings start one level down. */
function headingTag(tag: string): Heading {
  return `h${Math.min(Number(tag.slice(1)) + 1, 6)}` as Heading;
}

/** `<!-- … -->` is the author's note to themselves; `<br>` is a line break; any other HTML shows as the text it is. */
export function rawHtml(value: string, block: boolean, key: number): ReactNode {
  const trimmed = value.trim();
  if (/^<!--[\s\S]*-->$/.test(trimmed)) return null;
  if (/^<br\s*\/?>$/i.test(trimmed)) return <br key={key} />;
  const text = block ? value.replace(/\n$/, '') : value;
  return block ? (
    <p key={key} className="md-raw">
      {text}
    </p>
  ) : (
    <span key={key} className="md-raw">
      {text}
    </span>
  );
}

/** markdown-it marks table alignment as an inline style; here it becomes a class (the CSP allows no inline styles). */
function cellClass(token: Token): string | undefined {
  const align = /text-align:(left|center|right)/.exec(token.attrGet('style') ?? '')?.[1];
  return align ? `md-align-${align}` : undefined;
}

/**
 * A lone child is passed as itself, not in an array: React then sets a lone string as the
 * element's text (no text node of its own to create and track), which is most list items
 * and cells of a runbook.
 */
function unwrap(children: ReactNode[]): ReactNode {
  return children.length === 1 ? children[0] : children;
}

/** The element an open/close pair stands for, built when the pair closes. */
export function element(open: Token, list: ReactNode[], id: string | undefined, ctx: RenderContext, key: number): ReactNode {
  const children = unwrap(list);
  switch (open.type) {
    case 'paragraph_open':
      return <p key={key}>{children}</p>;
    case 'heading_open': {
      const Tag = headingTag(open.tag);
      return (
        <Tag key={key} id={id}>
          {children}
        </Tag>
      );
    }
    case 'blockquote_open': {
      const alert = open.meta as AlertMeta | null;
      if (alert) {
        return (
          <Callout key={key} kind={alert.kind} title={alert.title}>
            {children}
          </Callout>
        );
      }
      return <blockquote key={key}>{children}</blockquote>;
    }
    case 'bullet_list_open':
      return (
        <ul key={key} className={open.meta ? 'md-tasklist' : undefined}>
          {children}
        </ul>
      );
    case 'ordered_list_open': {
      const start = Number(open.attrGet('start') ?? 1);
      return (
        <ol key={key} start={start === 1 ? undefined : start} className={open.meta ? 'md-tasklist' : undefined}>
          {children}
        </ol>
      );
    }
    case 'list_item_open': {
      const task = open.meta as ListItemMeta | null;
      if (!task) return <li key={key}>{children}</li>;
      return (
        <li key={key} className="md-task">
          {/* Uncontrolled and unstyled by class: a 1 MB runbook has thousands of these, and each attribute is a DOM call. */}
          <input type="checkbox" defaultChecked={task.checked} disabled aria-label={task.checked ? 'Done' : 'Not done'} />
          {/* The item is a flex row: a plain text body is one flex item already; mixed content needs a box to stay one. */}
          {typeof children === 'string' ? children : <div>{children}</div>}
        </li>
      );
    }
    case 'table_open':
      return (
        <div key={key} className="table-wrap md-table-wrap">
          <table className="table md-table">{children}</table>
        </div>
      );
    case 'thead_open':
      return <thead key={key}>{children}</thead>;
    case 'tbody_open':
      return <tbody key={key}>{children}</tbody>;
    case 'tr_open':
      return <tr key={key}>{children}</tr>;
    case 'th_open':
      return (
        <th key={key} scope="col" className={cellClass(open)}>
          {children}
        </th>
      );
    case 'td_open':
      return (
        <td key={key} className={cellClass(open)}>
          {children}
        </td>
      );
    case 'em_open':
      return <em key={key}>{children}</em>;
    case 'strong_open':
      return <strong key={key}>{children}</strong>;
    case 's_open':
      return <del key={key}>{children}</del>;
    case 'footnote_open':
      return (
        <div key={key} className="md-footnote">
          <span className="md-footnote__label">[{(open.meta as FootnoteMeta).label}]</span> {children}
        </div>
      );
    case 'link_open':
      return markdownLink(key, open.attrGet('href') ?? '', open.attrGet('title'), ctx.links, children);
    default:
      // A pair no rule here produces: its content, never its markup.
      return <span key={key}>{children}</span>;
  }
}
