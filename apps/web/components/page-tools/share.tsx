'use client';

import { useEffect, useState } from 'react';
import { ToolMenu } from './tool-menu';

export interface ShareLabels {
  share: string;
  whatsapp: string;
  email: string;
  copy: string;
  copied: string;
}

/**
 * "Share": where the browser has the Web Share API, one button that opens the phone's own sheet;
 * otherwise a compact menu of WhatsApp, e-mail (plain links in the HTML: they work without
 * JavaScript too) and copy-link (needs it: hidden when scripts are off, `needs-script`).
 * The server renders the menu; a phone with the API swaps it for the button, of the same size.
 */
export function ShareMenu({ url, title, labels }: { url: string; title: string; labels: ShareLabels }) {
  const [native, setNative] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setNative(typeof navigator.share === 'function'), []);

  if (native) {
    return (
      <button type="button" className="tool-button" onClick={() => navigator.share({ title, url }).catch(() => undefined)}>
        {labels.share}
      </button>
    );
  }
  const copy = () =>
    navigator.clipboard
      ?.writeText(url)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));

  return (
    <ToolMenu label={labels.share} className="share-menu">
      <li>
        <a href={`https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`}>{labels.whatsapp}</a>
      </li>
      <li>
        <a href={`mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`}>{labels.email}</a>
      </li>
      <li className="needs-script">
        <button type="button" onClick={copy}>
          {labels.copy}
        </button>
        <span role="status" className="copy-status">
          {copied ? labels.copied : ''}
        </span>
      </li>
    </ToolMenu>
  );
}
