interface ErrorNoticeProps {
  readonly message: string;
  readonly onRetry?: () => void;
}

/** A failure the user should see and can often act on; announced when it appears. */
export function ErrorNotice({ message, onRetry }: ErrorNoticeProps) {
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__text">{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}
