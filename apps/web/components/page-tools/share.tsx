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
 * JavaScript too. Copy and print need it: they are in the HTML from the start, so that nothing moves
 * when the scripts arrive, and hidden when scripts are off (`needs-script`, page-tools.tsx).
 */
export function ShareAndPrint({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [native, setNative] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setNative(typeof navigator.share === 'function'), []);

  const share = () => navigator.share({ title, url }).catch(() => undefined);
  const copy = () =>
    navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));

  return (
    <div className="share-print">
      {native ? (
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
          <li className="needs-script">
            <button type="button" className="tool-button" onClick={copy}>
              {labels.copy}
            </button>
            <span role="status" className="copy-status">
              {copied ? labels.copied : ''}
            </span>
          </li>
        </ul>
      )}
      <button type="button" className="tool-button needs-script" onClick={() => window.print()}>
        {labels.print}
      </button>
    </div>
  );
}
