import { describe, expect, it } from 'vitest';
import { ScreenHistory, type Screen } from './screen-history';

function fakeHistory() {
  const entries: Screen[] = [];
  let index = -1;
  return {
    entries,
    get index() {
      return index;
    },
    pushState(s: Screen) {
      entries.splice(index + 1);
      entries.push(s);
      index++;
    },
    replaceState(s: Screen) {
      if (index < 0) index = 0;
      entries[index] = s;
    },
    back(): Screen {
      return entries[--index];
    },
  };
}

const picker: Screen = { name: 'picker', url: '/' };
const live: Screen = { name: 'live', url: '/?exercise=glute-bridge' };
const review: Screen = { name: 'review', url: '/?view=review' };

describe('ScreenHistory', () => {
  it('adds an entry per screen change, the first replacing the page load', () => {
    const h = fakeHistory();
    const s = new ScreenHistory(h, picker);
    s.show(picker);
    s.show(picker);
    s.show(live);
    s.show({ name: 'history', url: '/?view=history' });
    expect(h.entries.map((e) => e.name)).toEqual(['picker', 'live', 'history']);
  });

  it('a review replaces the live view it ends, so Back from it returns to the picker', () => {
    const h = fakeHistory();
    const s = new ScreenHistory(h, picker);
    s.show(picker);
    s.show(live);
    s.show(review);
    expect(h.entries.map((e) => e.name)).toEqual(['picker', 'review']);
    expect(s.popped(h.back())).toEqual(picker);
  });

  it('Back gives the screen to show, and showing it adds no entry', () => {
    const h = fakeHistory();
    const s = new ScreenHistory(h, picker);
    s.show(picker);
    s.show(live);
    expect(s.popped(h.back())).toEqual(picker);
    s.show(picker);
    expect(h.entries).toHaveLength(2);
    expect(h.index).toBe(0);
  });

  it('staying after Back puts the screen back on top', () => {
    const h = fakeHistory();
    const s = new ScreenHistory(h, picker);
    s.show(picker);
    s.show(live);
    s.popped(h.back());
    s.stay(live);
    expect(h.entries.map((e) => e.name)).toEqual(['picker', 'live']);
    expect(h.index).toBe(1);
  });

  it('a link straight into a screen gets the picker below it', () => {
    const h = fakeHistory();
    const s = new ScreenHistory(h, picker);
    s.show(live);
    expect(h.entries.map((e) => e.name)).toEqual(['picker', 'live']);
    expect(s.popped(h.back())).toEqual(picker);
  });

  it('an entry the app did not make gives no screen', () => {
    expect(new ScreenHistory(fakeHistory(), picker).popped(null)).toBeNull();
    expect(new ScreenHistory(fakeHistory(), picker).popped({ name: 'elsewhere', url: '/' })).toBeNull();
  });
});
