// Reads a text aloud with the browser's own voices, one sentence at a time, so that a newcomer
// who reads with difficulty can follow along. Says plainly when the device has no voice for the language.

function voicesReady() {
  const voices = speechSynthesis.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => resolve(speechSynthesis.getVoices());
    speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/** The voice for a language code such as "ar" or "prs"; Dari is read by a Persian voice. */
export async function voiceFor(lang) {
  if (!('speechSynthesis' in window)) return null;
  const wanted = lang === 'prs' ? ['prs', 'fa'] : [lang];
  const voices = await voicesReady();
  for (const code of wanted) {
    const voice = voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === code);
    if (voice) return voice;
  }
  return null;
}

export function sentences(text, lang) {
  if ('Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang === 'prs' ? 'fa' : lang, { granularity: 'sentence' });
    return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
  }
  return text.split(/(?<=[.!?؟።])\s+/).filter(Boolean);
}

/**
 * Speaks the blocks (paragraphs, list items, headings) of an element in order; returns a stop function.
 * Blocks in another language than the element's own, such as the Dutch shown beside a translation, are left out.
 */
export function speak(container, voice, onEnd) {
  const blocks = [...container.querySelectorAll('h2, h3, h4, p, li')]
    .filter((block) => block.closest('[lang]')?.lang === container.lang);
  let stopped = false;
  let current = null;
  const play = async () => {
    for (const block of blocks) {
      for (const sentence of sentences(block.textContent, voice.lang)) {
        if (stopped) return;
        current?.classList.remove('speaking');
        current = block;
        block.classList.add('speaking');
        await new Promise((resolve) => {
          const utterance = new SpeechSynthesisUtterance(sentence);
          utterance.voice = voice;
          utterance.lang = voice.lang;
          utterance.rate = 0.9;
          utterance.onend = resolve;
          utterance.onerror = resolve;
          speechSynthesis.speak(utterance);
        });
      }
    }
    current?.classList.remove('speaking');
    onEnd();
  };
  play();
  return () => {
    stopped = true;
    speechSynthesis.cancel();
    current?.classList.remove('speaking');
  };
}
