// Picks the OCR languages for --lang auto: both models until some text (a text layer or a first OCR'd page) shows
// which language the document is in, then only that one (a second model costs time and adds confusions).
import { detectLanguage } from '../lang/detect.js';
import { tessLangs } from './traineddata.js';

/** Function words needed before trusting a guess; a page of minutes has hundreds. */
const MIN_EVIDENCE_CHARS = 300;
const MIN_CONFIDENCE = 0.7;

export class OcrLangChooser {
  private decided: string | null;
  private seen = '';

  constructor(lang: 'es' | 'en' | 'auto') {
    this.decided = lang === 'auto' ? null : tessLangs(lang);
  }

  known(): boolean {
    return this.decided !== null;
  }

  current(): string {
    return this.decided ?? tessLangs('auto');
  }

  observe(text: string): void {
    if (this.decided !== null) return;
    this.seen += `\n${text}`;
    if (this.seen.length < MIN_EVIDENCE_CHARS) return;
    const guess = detectLanguage(this.seen);
    if (guess.confidence >= MIN_CONFIDENCE) this.decided = tessLangs(guess.lang);
  }
}
