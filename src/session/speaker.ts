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

export interface SpokenRecord {
  text: string;
  kind: SpeechKind;
}

const clock = () => performance.now() / 1000;

export class Speaker {
  readonly queue: SpeechQueue;
  /** Everything handed to the speech engine, for tests and for the debug panel. */
  readonly log: SpokenRecord[] = [];
  private synth: SpeechSynthesis | null;
  private fallbackTimer: ReturnType<typeof setTimeout> | null = null;
  private pumpTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly voiceSettings: () => SpeakerVoiceSettings,
    options: Partial<SpeechQueueOptions> = {},
  ) {
    this.queue = new SpeechQueue(options);
    this.synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    // Cues wait out their gap; a slow pump lets them go when it has passed.
    this.pumpTimer = setInterval(() => this.pump(), 250);
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

  dispose(): void {
    this.silence();
    if (this.pumpTimer) clearInterval(this.pumpTimer);
    this.pumpTimer = null;
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
    this.log.push({ text: item.text, kind: item.kind });
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
    const u = new SpeechSynthesisUtterance(item.text);
    u.volume = vs.volume;
    u.rate = 1.05;
    const voice = vs.voice ? this.synth.getVoices().find((v) => v.voiceURI === vs.voice) : undefined;
    if (voice) u.voice = voice;
    u.onend = done;
    u.onerror = done;
    try {
      this.synth.speak(u);
    } catch {
      done();
    }
  }
}
