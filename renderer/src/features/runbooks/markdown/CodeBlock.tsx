import { useEffect, useRef, useState } from 'react';
import { copyText, selectContents } from '../../../lib/copy-text.ts';

interface CodeBlockProps {
  readonly language: string | null;
  readonly code: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** A fenced block with a Copy button: at 3am commands are pasted, not retyped. */
export function CodeBlock({ language, code }: CodeBlockProps) {
  const [state, setState] = useState<CopyState>('idle');
  const codeRef = useRef<HTMLElement>(null);

  useEffect(() => {
    // "Copied" fades after a while, so a second copy of the same block is announced again.
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 4_000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    const copied = await copyText(code);
    setState(copied ? 'copied' : 'failed');
    if (!copied && codeRef.current) selectContents(codeRef.current);
  }

  return (
    <div className="md-code">
      <div className="md-code__bar">
        <span className="md-code__language">{language ?? ''}</span>
        <button type="button" className="button button--small md-code__copy" onClick={() => void copy()} aria-label={`Copy${language ? ` ${language}` : ''} code`}>
          Copy
        </button>
        <span className="md-code__status" role="status">
          {state === 'copied' ? 'Copied' : state === 'failed' ? 'Selected: press Ctrl+C to copy' : ''}
        </span>
      </div>
      <pre className="md-code__pre" tabIndex={0}>
        <code ref={codeRef} className={language ? `language-${language}` : undefined}>
          {code}
        </code>
      </pre>
    </div>
  );
}
