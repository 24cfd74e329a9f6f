'use client';

import { useEffect, useRef, useState } from 'react';

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
    .map((element) => ({ text: element.innerText.trim(), lang: element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang }))
    .filter((block) => block.text !== '');
}

const voiceFor = (voices: SpeechSynthesisVoice[], lang: string) =>
  voices.find((voice) => voice.lang.toLowerCase() === lang.toLowerCase()) ?? voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang.toLowerCase());

type Playback = 'idle' | 'speaking' | 'paused';

/**
 * Reads the main content aloud in the page's language with the browser's speech synthesis. Shown
 * only when the device has a voice for that language (voices may arrive late: `voiceschanged`);
 * until then, and without one, its place is kept empty, so nothing below moves when it appears.
 */
export function ReadAloud({ lang, labels }: { lang: string; labels: ReadAloudLabels }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>();
  const [playback, setPlayback] = useState<Playback>('idle');
  const queue = useRef(0);

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

  if (!voice) {
    return (
      <div className="read-aloud needs-script" data-voice="none" aria-hidden="true">
        <button type="button" className="tool-button" tabIndex={-1} disabled>
          {labels.listen}
        </button>
      </div>
    );
  }
  const synthesis = window.speechSynthesis;

  const start = () => {
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
    setPlayback('speaking');
  };
  const stop = () => {
    queue.current += 1;
    synthesis.cancel();
    setPlayback('idle');
  };
  const togglePause = () => {
    if (playback === 'paused') {
      synthesis.resume();
      setPlayback('speaking');
    } else {
      synthesis.pause();
      setPlayback('paused');
    }
  };

  return (
    <div className="read-aloud needs-script" role="group" aria-label={labels.listen}>
      {playback === 'idle' ? (
        <button type="button" className="tool-button" onClick={start}>
          {labels.listen}
        </button>
      ) : (
        <>
          <button type="button" className="tool-button" onClick={togglePause} aria-pressed={playback === 'paused'}>
            {playback === 'paused' ? labels.resume : labels.pause}
          </button>
          <button type="button" className="tool-button" onClick={stop}>
            {labels.stop}
          </button>
        </>
      )}
    </div>
  );
}
