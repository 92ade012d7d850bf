import { expect } from '@open-wc/testing';
import { yieldToMain } from './data-controller.js';

type WithScheduler = { scheduler?: { yield?: () => Promise<void> } };

describe('yieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const global = globalThis as WithScheduler;
    const original = global.scheduler;
    let calls = 0;
    global.scheduler = { yield: () => ((calls += 1), Promise.resolve()) };
    try {
      await yieldToMain();
    } finally {
      global.scheduler = original;
    }
    expect(calls).to.equal(1);
  });

  it('without scheduler.yield, resumes in a later task: a timer queued before it has run', async () => {
    const global = globalThis as WithScheduler;
    const original = global.scheduler;
    global.scheduler = undefined;
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    try {
      await yieldToMain();
    } finally {
      global.scheduler = original;
    }
    expect(timerRan).to.equal(true);
  });

  it('resumes only after the current task: a microtask queued after it runs first', async () => {
    const order: string[] = [];
    const done = yieldToMain().then(() => order.push('resumed'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).to.deep.equal(['microtask', 'resumed']);
  });
});
