'use client';

import { useEffect, useState } from 'react';

export interface ShareLabels {
  share: string;
  whatsapp: string;
  email: string;
  copy: string;
  copied: string;
  print: string;
}

/**
 * Share and print. The Web Share API where the browser has it (one button, the phone's own sheet);
 * otherwise WhatsApp, e-mail and copy-link, which are plain links in the HTML and so work without
 * JavaScript too (copy and print need it, and appear with it).
 */
export function ShareAndPrint({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [enhanced, setEnhanced] = useState<{ native: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => setEnhanced({ native: typeof navigator.share === 'function' }), []);

  const share = () => navigator.share({ title, url }).catch(() => undefined);
  const copy = () =>
    navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));

  return (
    <div className="share-print">
      {enhanced?.native ? (
        <button type="button" className="tool-button" onClick={share}>
          {labels.share}
        </button>
      ) : (
        <ul className="share-links" aria-label={labels.share}>
          <li>
            <a className="tool-button" href={`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`}>
              {labels.whatsapp}
            </a>
          </li>
          <li>
            <a className="tool-button" href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}>
              {labels.email}
            </a>
          </li>
          {enhanced ? (
            <li>
              <button type="button" className="tool-button" onClick={copy}>
                {labels.copy}
              </button>
              <span role="status" className="copy-status">
                {copied ? labels.copied : ''}
              </span>
            </li>
          ) : null}
        </ul>
      )}
      {enhanced ? (
        <button type="button" className="tool-button" onClick={() => window.print()}>
          {labels.print}
        </button>
      ) : null}
    </div>
  );
}
