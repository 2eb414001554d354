interface StartupWarningsProps {
  readonly warnings: readonly string[];
}

/** Problems the core survived at start-up (a settings file moved aside, …): never buried. */
export function StartupWarnings({ warnings }: StartupWarningsProps) {
  if (warnings.length === 0) return null;
  return (
    <section className="notice notice--warning" aria-labelledby="startup-warnings-title">
      <h2 id="startup-warnings-title" className="notice__title">
        {warnings.length === 1 ? 'A problem was found at start-up' : `${warnings.length} problems were found at start-up`}
      </h2>
      <ul className="notice__list">
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
