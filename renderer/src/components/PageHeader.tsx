import type { ReactNode } from 'react';

interface PageHeaderProps {
  readonly title: string;
  readonly children?: ReactNode;
}

/** Every section opens with exactly one h1: screen readers and tests find pages by it. */
export function PageHeader({ title, children }: PageHeaderProps) {
  return (
    <header className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {children ? <p className="page-header__lead">{children}</p> : null}
    </header>
  );
}
