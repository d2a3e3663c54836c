/**
 * The app's screens in the browser's history: each screen change is an entry, so Back and Forward
 * move between picker, live view, review and history instead of leaving the app. The app owns
 * the screens; this only keeps the history entries in step with them.
 */
export type ScreenName = 'picker' | 'history' | 'live' | 'review' | 'lab' | 'error' | 'workout' | 'days';

export interface Screen {
  name: ScreenName;
  /** Path and query the address bar shows for it. */
  url: string;
}

const NAMES: readonly string[] = ['picker', 'history', 'live', 'review', 'lab', 'error', 'workout', 'days'];

function isScreen(state: unknown): state is Screen {
  const s = state as Partial<Screen> | null;
  return typeof s?.url === 'string' && NAMES.includes(s.name as string);
}

export class ScreenHistory {
  private current: Screen | null = null;

  constructor(
    private readonly history: Pick<History, 'pushState' | 'replaceState'>,
    /** The picker: a link straight into another screen gets it below, so Back lands in the app. */
    private readonly home: Screen,
  ) {}

  /**
   * The app now shows `screen`: a new entry, unless it is the one the history already points at.
   * A review takes the place of the live view it ends: Back from it goes where the set began.
   */
  show(screen: Screen): void {
    if (!this.current) {
      // The page's own entry becomes the picker; a link into another screen gets an entry on top.
      this.history.replaceState(this.home, '', this.home.url);
      this.current = this.home;
    }
    if (this.current.name === screen.name && this.current.url === screen.url) return;
    if (this.current.name === 'live' && screen.name === 'review') this.history.replaceState(screen, '', screen.url);
    else this.history.pushState(screen, '', screen.url);
    this.current = screen;
  }

  /** Back or Forward landed on an entry: the screen to show (null for an entry from before the app). */
  popped(state: unknown): Screen | null {
    this.current = isScreen(state) ? state : null;
    return this.current;
  }

  /** The person chose to stay after Back: put the screen they are on back on top. */
  stay(screen: Screen): void {
    this.history.pushState(screen, '', screen.url);
    this.current = screen;
  }
}
