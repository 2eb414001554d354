import { useEffect, useState, type FormEvent } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice.tsx';
import { useSecretsStore } from '../../stores/secrets-store.ts';

/** The core answers `secrets.set: name: must be …`; next to the form the field part reads best. */
function withoutChannel(message: string): string {
  return message.replace(/^secrets\.set: /, '');
}

/**
 * API tokens that checks send as headers. Values go to the core and never come back:
 * the list shows names, and the value box is emptied once saved.
 */
export function SecretsPanel() {
  const overview = useSecretsStore((state) => state.overview);
  const error = useSecretsStore((state) => state.error);
  const refresh = useSecretsStore((state) => state.refresh);
  const save = useSecretsStore((state) => state.save);
  const remove = useSecretsStore((state) => state.remove);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = await save(name.trim(), value);
    setFormError(problem ? withoutChannel(problem) : null);
    if (!problem) {
      setName('');
      setValue('');
    }
  }

  return (
    <section className="card" aria-labelledby="secrets-title">
      <h2 id="secrets-title" className="card__title">
        Secrets
      </h2>
      <p className="field__hint">
        Tokens a check sends as a header, referred to by name in the check (for example <code>Authorization</code> →{' '}
        <code>grafana-token</code>). Values never come back to this window.{' '}
        {overview?.protection === 'encrypted'
          ? 'They are encrypted with your operating system’s key store.'
          : overview?.protection === 'plain'
            ? 'In browser mode they are stored unencrypted, in a file only your user account can read; the desktop app encrypts them.'
            : ''}
      </p>
      {error ? <ErrorNotice message={error} onRetry={() => void refresh()} /> : null}
      {overview && overview.names.length > 0 ? (
        <ul className="plain-list">
          {overview.names.map((secret) => (
            <li key={secret} className="action-row">
              <code className="path">{secret}</code>
              {confirming === secret ? (
                <>
                  <span className="muted">Delete {secret}? Checks that use it will fail.</span>
                  <button type="button" className="button" onClick={() => void remove(secret).then(() => setConfirming(null))}>
                    Yes, delete
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </>
              ) : (
                <button type="button" className="button" aria-label={`Delete secret ${secret}`} onClick={() => setConfirming(secret)}>
                  Delete
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : overview ? (
        <p className="muted">No secrets yet.</p>
      ) : null}
      <form className="field" onSubmit={(event) => void submit(event)}>
        <label className="field__label" htmlFor="secret-name">
          Secret name
        </label>
        <input id="secret-name" className="input" value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" spellCheck={false} />
        <label className="field__label" htmlFor="secret-value">
          Secret value
        </label>
        <input
          id="secret-value"
          className="input"
          type="password"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          autoComplete="off"
        />
        {formError ? (
          <p className="field__error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="action-row">
          <button type="submit" className="button button--primary">
            Save secret
          </button>
        </div>
      </form>
    </section>
  );
}
