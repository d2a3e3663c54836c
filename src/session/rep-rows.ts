/**
 * The per-rep table of a finished set, built from the engine's events: what the review shows and
 * what the CSV export writes. Pure; no DOM.
 */
import type { EngineEvent, FaultEvent, HoldCompleteEvent, RepEvent, Severity } from '../engine/events';
import { scoreReasons } from '../engine/rep-score';

export interface RepRow {
  index: number;
  side: string;
  start: number;
  end: number;
  duration: number;
  score: number;
  /** What the score was made of, in words ("hold 15.2 of 15 s", "range 86 %", a fault's share). */
  reasons: string[];
  /** The rep was saved without its reasons (an older set): these are worked out now, by today's formula. */
  reasonsRecomputed: boolean;
  /** Peak of the progress signal, 1 = the full target range. */
  range: number;
  /** Seconds held (hold exercises), null otherwise. */
  held: number | null;
  /** The hold's target, seconds (hold exercises), null otherwise. */
  holdTarget: number | null;
  holdReached: boolean | null;
  faults: string[];
  /** Cues of the faults, in the words the user heard. */
  cues: string[];
}

/** @param severities each rule's severity by id (the spec's), for the score's reasons; else the reported fault's */
export function repRows(events: readonly EngineEvent[], severities: Readonly<Record<string, Severity>> = {}): RepRow[] {
  const reps = events.filter((e): e is RepEvent => e.type === 'rep');
  const holds = events.filter((e): e is HoldCompleteEvent => e.type === 'hold-complete');
  const faults = events.filter((e): e is FaultEvent => e.type === 'fault');
  const reported = new Map(faults.map((f) => [f.rule, f.severity]));
  const severityOf = (rule: string): Severity => severities[rule] ?? reported.get(rule) ?? 'warn';
  return reps.map((r) => {
    // The hold that overlaps this lift the most.
    let hold: HoldCompleteEvent | null = null;
    let best = 0;
    for (const h of holds) {
      const overlap = Math.min(h.end, r.end) - Math.max(h.start, r.start);
      if (overlap > best) {
        best = overlap;
        hold = h;
      }
    }
    const cues = [
      ...new Set(faults.filter((f) => r.faults.includes(f.rule) && f.t >= r.start - 0.5 && f.t <= r.end + 0.5).map((f) => f.cue)),
    ];
    return {
      index: r.index,
      side: r.side ?? '',
      start: r.start,
      end: r.end,
      duration: r.end - r.start,
      score: r.score,
      // A saved score keeps the reasons it was shown with; only a rep saved without them gets new ones.
      reasons:
        r.reasons ??
        scoreReasons({
          range: r.range,
          hold: hold ? { seconds: hold.seconds, target: hold.target } : null,
          faults: r.faults.map((rule) => ({ rule, severity: severityOf(rule) })),
        }),
      reasonsRecomputed: !r.reasons,
      range: r.range,
      held: hold ? hold.seconds : null,
      holdTarget: hold ? hold.target : null,
      holdReached: hold ? hold.reached : null,
      faults: [...r.faults],
      cues,
    };
  });
}

const CSV_HEADER = ['rep', 'side', 'start_s', 'end_s', 'duration_s', 'score', 'range_pct', 'held_s', 'hold_reached', 'faults'];

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV of the reps, one line each, header first; numbers in seconds and percent. */
export function repsToCsv(rows: readonly RepRow[]): string {
  const lines = [CSV_HEADER.join(',')];
  for (const r of rows) {
    lines.push(
      [
        String(r.index),
        r.side,
        r.start.toFixed(2),
        r.end.toFixed(2),
        r.duration.toFixed(2),
        String(Math.round(r.score)),
        String(Math.round(r.range * 100)),
        r.held === null ? '' : r.held.toFixed(1),
        r.holdReached === null ? '' : r.holdReached ? 'yes' : 'no',
        r.faults.join(' '),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
