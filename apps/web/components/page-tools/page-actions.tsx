'use client';

import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { ToolMenu } from './tool-menu';

export interface ReadAloudLabels {
  listen: string;
  pause: string;
  resume: string;
  stop: string;
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, blockquote';

/** The text of the main content, block by block (each is one utterance: long ones stall in some browsers). */
function blocksToRead(): Array<{ text: string; lang: string }> {
  const main = document.getElementById('main');
  if (!main) return [];
  return [...main.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((element) => !element.closest('[data-read-aloud="skip"]') && !element.querySelector(BLOCKS) && element.offsetParent !== null)
    .map((element) => ({
      text: element.innerText.trim(),
      lang: element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang,
    }))
    .filter((block) => block.text !== '');
}

const voiceFor = (voices: SpeechSynthesisVoice[], lang: string) =>
  voices.find((voice) => voice.lang.toLowerCase() === lang.toLowerCase()) ??
  voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang.toLowerCase());

type Playback = 'idle' | 'speaking' | 'paused';

export interface ActionLabels extends ReadAloudLabels {
  actions: string;
  print: string;
}

/**
 * "Actions": print, and read the main content aloud in the page's language with the browser's
 * speech synthesis, offered only when the device has a voice for that language (voices may arrive
 * late: `voiceschanged`). Both need scripts: the menu is hidden without them (`needs-script`).
 * While it reads, pause/resume and stop stay beside the menu.
 */
export function PageActions({ lang, labels }: { lang: string; labels: ActionLabels }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>();
  const [playback, setPlayback] = useState<Playback>('idle');
  const queue = useRef(0);
  // Where the focus goes when reading starts (pause) and stops (the menu's button): never lost.
  const menu = useRef<HTMLDivElement>(null);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    const synthesis = window.speechSynthesis;
    const pick = () => setVoice(voiceFor(synthesis.getVoices(), lang));
    pick();
    synthesis.addEventListener('voiceschanged', pick);
    return () => {
      synthesis.removeEventListener('voiceschanged', pick);
      synthesis.cancel();
    };
  }, [lang]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    if (playback === 'idle') menu.current?.querySelector('summary')?.focus();
    else pauseButton.current?.focus();
  }, [playback]);

  const start = (event: MouseEvent<HTMLButtonElement>) => {
    if (!voice) return;
    const synthesis = window.speechSynthesis;
    synthesis.cancel();
    const run = ++queue.current;
    const blocks = blocksToRead();
    blocks.forEach((block, index) => {
      const utterance = new SpeechSynthesisUtterance(block.text);
      utterance.lang = block.lang;
      utterance.voice = voiceFor(synthesis.getVoices(), block.lang) ?? voice;
      if (index === blocks.length - 1) utterance.onend = () => run === queue.current && setPlayback('idle');
      synthesis.speak(utterance);
    });
    moveFocus.current = true;
    setPlayback('speaking');
    event.currentTarget.closest('details')?.removeAttribute('open');
  };
  const stop = () => {
    queue.current += 1;
    window.speechSynthesis.cancel();
    moveFocus.current = true;
    setPlayback('idle');
  };
  const togglePause = () => {
    if (playback === 'paused') {
      window.speechSynthesis.resume();
      setPlayback('speaking');
    } else {
      window.speechSynthesis.pause();
      setPlayback('paused');
    }
  };

  return (
    <div className="page-actions" ref={menu}>
      <ToolMenu label={labels.actions} className="actions-menu needs-script">
        <li>
          <button type="button" onClick={() => window.print()}>
            {labels.print}
          </button>
        </li>
        {voice ? (
          <li>
            <button type="button" onClick={start}>
              {labels.listen}
            </button>
          </li>
        ) : null}
      </ToolMenu>
      {playback === 'idle' ? null : (
        <div className="read-aloud" role="group" aria-label={labels.listen}>
          <button type="button" className="tool-button" ref={pauseButton} onClick={togglePause} aria-pressed={playback === 'paused'}>
            {playback === 'paused' ? labels.resume : labels.pause}
          </button>
          <button type="button" className="tool-button" onClick={stop}>
            {labels.stop}
          </button>
        </div>
      )}
    </div>
  );
}
