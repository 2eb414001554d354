import type { ReactNode } from 'react';
import { classifyImage } from './links.ts';

/** Images copied in at import show offline; anything else is a small labelled box, never a broken layout. A plain function, like markdownLink. */
export function markdownImage(key: number, url: string, alt: string, images: Readonly<Record<string, string | null>>): ReactNode {
  const target = classifyImage(url, images);
  if (target.kind === 'image') return <img key={key} className="md-image" src={target.src} alt={alt} loading="lazy" />;
  if (target.kind === 'remote') {
    return (
      <a key={key} className="md-image-missing" href={target.href} target="_blank" rel="noreferrer noopener" title={target.href}>
        Web image{alt ? `: ${alt}` : ''} (opens outside the app)
      </a>
    );
  }
  return (
    <span key={key} className="md-image-missing" role="img" aria-label={`${target.reason}${alt ? `: ${alt}` : ''}`} title={url}>
      {target.reason === 'missing image' ? 'Missing image' : 'Image not shown'}
      {alt ? `: ${alt}` : ''}
    </span>
  );
}
