/**
 * The browser's Back and Forward for the app's screens, and the question before a set in progress
 * is left (by Back or by a button). The workflow owns the screens; this keeps the history in step
 * with its route and turns history steps into workflow calls.
 */
import { setInProgress } from '../session/source-step';
import type { Route, WorkoutFlow } from '../session/workout-flow.svelte';
import { liveQuery } from './deep-link';
import { ScreenHistory, type Screen } from './screen-history';

function screenOf(route: Route, here: string): Screen {
  if (route.name === 'live') return { name: 'live', url: here + liveQuery(route.exercise.id, route.source) };
  return route.name === 'picker' ? { name: 'picker', url: here } : { name: route.name, url: `${here}?view=${route.name}` };
}

export class AppNavigation {
  /** Where the person asked to go while a set is in progress, until they answer. */
  leaving = $state.raw<(() => void) | null>(null);
  private readonly screens: ScreenHistory;
  /** Leaving was confirmed: the next history step goes through. */
  private confirmed = false;

  constructor(
    private readonly flow: WorkoutFlow,
    private readonly here = location.pathname,
  ) {
    this.screens = new ScreenHistory(history, { name: 'picker', url: here });
  }

  /** Call whenever the route changes (an $effect): one history entry per screen. */
  sync(route: Route): void {
    this.screens.show(screenOf(route, this.here));
  }

  private inSet(): boolean {
    const r = this.flow.route;
    return r.name === 'live' && setInProgress(r.session.view.phase);
  }

  /** Runs `go` now, or after the person confirms leaving the set in progress. */
  confirmLeave(go: () => void): void {
    if (this.inSet()) this.leaving = go;
    else go();
  }

  answer(leave: boolean): void {
    const go = this.leaving;
    this.leaving = null;
    if (leave) go?.();
  }

  readonly onPopState = (e: PopStateEvent): void => {
    const target = this.screens.popped(e.state);
    if (!this.confirmed && this.inSet()) {
      // Back again on top of the live view until the person says to leave.
      this.screens.stay(screenOf(this.flow.route, this.here));
      this.leaving = () => {
        this.confirmed = true;
        history.back();
      };
      return;
    }
    this.confirmed = false;
    const flow = this.flow;
    if (target?.name === 'history') void flow.openHistory();
    else if (target?.name === 'lab') flow.openLab();
    else if (target?.name === 'review' && flow.reopenLastReview()) return;
    else if (target?.name === 'live') flow.openLink(new URL(target.url, location.href).search, location.origin, false);
    else flow.toPicker();
  };
}
