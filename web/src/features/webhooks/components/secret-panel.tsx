import { useState } from 'react';

export type SecretPanelProps = {
  secret: string;
  url: string;
  onDone: () => void;
};

/** A signing secret, shown this once: the server never answers it again. */
export function SecretPanel({ secret, url, onDone }: SecretPanelProps) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section className="card webhook-secret" aria-label="Signing secret">
      <p role="status">
        The signing secret of <strong>{url}</strong>. Copy it now: it is not shown again.
      </p>
      <label className="field">
        Signing secret
        <input readOnly value={secret} onFocus={(e) => e.target.select()} />
      </label>
      <div className="actions__buttons">
        <button type="button" className="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
