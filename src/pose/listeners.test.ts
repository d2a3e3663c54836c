import { describe, expect, it } from 'vitest';
import { Listeners } from './listeners';

describe('Listeners', () => {
  it('calls each listener in the order added, with the arguments, until it is removed', () => {
    const heard: string[] = [];
    const listeners = new Listeners<[number]>();
    const removeA = listeners.add((n) => heard.push(`a${n}`));
    listeners.add((n) => heard.push(`b${n}`));
    listeners.call(1);
    removeA();
    listeners.call(2);
    expect(heard).toEqual(['a1', 'b1', 'b2']);
  });
});
