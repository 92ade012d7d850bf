import { expect, waitUntil } from '@open-wc/testing';
import { inTurn, preload, startAutoloader } from './autoload.js';

/** Loaders that record each call and register a plain element, as a define chunk would. */
function recordingLoaders(tags: string[], failing: string[] = []) {
  const calls: string[] = [];
  const loaders = Object.fromEntries(
    tags.map((tag) => [
      tag,
      async () => {
        calls.push(tag);
        if (failing.includes(tag)) throw new Error('network');
        customElements.define(tag, class extends HTMLElement {});
      },
    ]),
  );
  return { calls, loaders };
}

/** A stage with its own shadow root, so each test watches only what it adds. */
function stage() {
  const host = document.createElement('div');
  document.body.append(host);
  return host.attachShadow({ mode: 'open' });
}

describe('autoloader', () => {
  it('preloads the chunks of the tags present and the src of each data element, once each, in the order they are needed', async () => {
    const root = stage();
    root.innerHTML =
      '<gov-auto-h src="/no-such/one.json"></gov-auto-h><gov-auto-h src="/no-such/one.json"></gov-auto-h><gov-auto-i src="/no-such/two.json"></gov-auto-i>';
    const before = new Set(document.head.querySelectorAll('link'));
    preload(
      {
        names: ['lit-core-AAAA', 'gov-auto-h-BBBB', 'engine-CCCC', 'gov-auto-j-DDDD'],
        // gov-auto-h checks data (it needs the engine); gov-auto-i does not; gov-auto-j is absent.
        needs: { 'gov-auto-h': [0, 1, 2], 'gov-auto-i': [0], 'gov-auto-j': [0, 3] },
      },
      'https://kit.example/govkit/autoloader.js',
      root,
    );
    const newLinks = () => [...document.head.querySelectorAll('link')].filter((link) => !before.has(link));
    // Appended in tasks of their own, never in the task that asked.
    expect(newLinks()).to.deep.equal([]);
    await waitUntil(() => newLinks().length === 4, 'four links');
    const added = newLinks();
    const seen = added.map((link) => `${link.rel} ${link.getAttribute('href')} ${link.as} ${link.crossOrigin}`);
    added.forEach((link) => link.remove());
    expect(seen).to.deep.equal([
      'modulepreload https://kit.example/govkit/auto/lit-core-AAAA.js  null',
      'modulepreload https://kit.example/govkit/auto/gov-auto-h-BBBB.js  null',
      // the data before the engine that judges it
      `preload ${new URL('/no-such/one.json', document.baseURI).href} fetch anonymous`,
      'modulepreload https://kit.example/govkit/auto/engine-CCCC.js  null',
    ]);
  });

  it('loads only the tags present, once each, and leaves unknown tags alone', async () => {
    const root = stage();
    root.innerHTML = '<gov-auto-a></gov-auto-a><gov-auto-a></gov-auto-a><gov-auto-unknown></gov-auto-unknown>';
    const { calls, loaders } = recordingLoaders(['gov-auto-a', 'gov-auto-b']);
    startAutoloader(loaders, root);
    // Nothing before the module's code has run (the build appends the preload map after it).
    expect(calls).to.deep.equal([]);
    await waitUntil(() => customElements.get('gov-auto-a'), 'gov-auto-a defined');
    expect(calls).to.deep.equal(['gov-auto-a']);
    expect(customElements.get('gov-auto-b')).to.equal(undefined);
    expect(customElements.get('gov-auto-unknown')).to.equal(undefined);
  });

  it('loads a tag added later, nested inside an added element', async () => {
    const root = stage();
    const { calls, loaders } = recordingLoaders(['gov-auto-c', 'gov-auto-d']);
    startAutoloader(loaders, root);
    expect(calls).to.deep.equal([]);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = '<p><gov-auto-d></gov-auto-d></p>';
    root.append(wrapper);
    await waitUntil(() => customElements.get('gov-auto-d'), 'gov-auto-d defined after it was added');
    expect(calls).to.deep.equal(['gov-auto-d']);
  });

  it('leaves a tag that is already registered (the full bundle) and imports nothing for it', async () => {
    customElements.define('gov-auto-e', class extends HTMLElement {});
    const root = stage();
    root.innerHTML = '<gov-auto-e></gov-auto-e>';
    const { calls, loaders } = recordingLoaders(['gov-auto-e']);
    const discover = startAutoloader(loaders, root);
    discover(root);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the loads run in tasks of their own
    expect(calls).to.deep.equal([]);
  });

  it('starts fifty loads in tasks of their own, a few milliseconds each, in the order asked', async () => {
    const order: number[] = [];
    let tasks = 0;
    let inTask = false;
    inTurn(
      Array.from({ length: 50 }, (_, index) => () => {
        order.push(index);
        if (!inTask) {
          // A microtask runs when the task that queued it ends: the next step that finds the flag down is in a new task.
          tasks++;
          inTask = true;
          queueMicrotask(() => (inTask = false));
        }
        const end = performance.now() + 1; // a fetch's start, at its cheapest here
        while (performance.now() < end);
      }),
    );
    expect(order).to.deep.equal([]);
    await waitUntil(() => order.length === 50, 'every step');
    expect(order).to.deep.equal(Array.from({ length: 50 }, (_, index) => index));
    expect(tasks).to.be.within(8, 50);
  });

  it('warns when a chunk fails and tries again on the next discovery', async () => {
    const root = stage();
    root.innerHTML = '<gov-auto-f></gov-auto-f>';
    const { calls, loaders } = recordingLoaders(['gov-auto-f'], ['gov-auto-f']);
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const discover = startAutoloader(loaders, root);
      await waitUntil(() => warnings.length === 1, 'a warning');
      expect(String(warnings[0][0])).to.contain('<gov-auto-f> could not be loaded');
      discover(root);
      await waitUntil(() => warnings.length === 2, 'a second warning');
      expect(calls).to.deep.equal(['gov-auto-f', 'gov-auto-f']);
    } finally {
      console.warn = warn;
    }
  });
});
