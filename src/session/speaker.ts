/**
 * Spoken cues through the Web Speech API, driven by the pure SpeechQueue: one utterance at a time,
 * counts before form cues, cooldowns, mute. Works (silently) where speechSynthesis is missing.
 */
import { SpeechQueue, type SpeechKind, type SpeechQueueOptions } from './speech-queue';

export interface SpeakerVoiceSettings {
  muted: boolean;
  voice: string;
  volume: number;
}

const clock = () => performance.now() / 1000;

export class Speaker {
  readonly queue: SpeechQueue;
  private synth: SpeechSynthesis | null;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly voiceSettings: () => SpeakerVoiceSettings,
    options: Partial<SpeechQueueOptions> = {},
  ) {
    this.queue = new SpeechQueue(options);
    this.synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    // Cues wait out their gap; a slow pump lets them go when it has passed. The app keeps one
    // speaker for the page's life, so the pump is never stopped.
    setInterval(() => this.pump(), 250);
  }

  say(text: string, kind: SpeechKind): void {
    this.queue.setMuted(this.voiceSettings().muted);
    if (this.queue.request(text, kind, clock())) this.pump();
  }

  /** Stops talking now and forgets what was waiting. */
  silence(): void {
    this.queue.clear();
    this.synth?.cancel();
    this.finish();
  }

  private finish(): void {
    if (this.fallbackTimer) clearTimeout(this.fallbackTimer);
    this.fallbackTimer = null;
    this.queue.done(clock());
  }

  private pump(): void {
    const vs = this.voiceSettings();
    this.queue.setMuted(vs.muted);
    const item = this.queue.next(clock());
    if (!item) return;
    let ended = false;
    const done = () => {
      if (ended) return;
      ended = true;
      this.finish();
      this.pump();
    };
    // Some browsers never fire `end` (no voices installed, headless): give up after a generous guess.
    this.fallbackTimer = setTimeout(done, 1200 + item.text.length * 90);
    if (!this.synth || typeof SpeechSynthesisUtterance === 'undefined') return;
    const u = utterance(this.synth, item.text, vs);
    u.onend = done;
    u.onerror = done;
    try {
      this.synth.speak(u);
    } catch {
      done();
    }
  }
}

/** One utterance in the coach's voice: the chosen voice (when the browser has it), volume and pace. */
export function utterance(synth: SpeechSynthesis, text: string, vs: Pick<SpeakerVoiceSettings, 'voice' | 'volume'>): SpeechSynthesisUtterance {
  const u = new SpeechSynthesisUtterance(text);
  u.volume = vs.volume;
  u.rate = 1.05;
  const voice = vs.voice ? synth.getVoices().find((v) => v.voiceURI === vs.voice) : undefined;
  if (voice) u.voice = voice;
  return u;
}
