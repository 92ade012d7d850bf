import { expect } from '@open-wc/testing';
import { clearPageCache, pageCached, untilAborted } from './page-cache.js';

describe('pageCached', () => {
  beforeEach(() => clearPageCache());

  it('asks once for a key however many callers ask, in flight and after', async () => {
    let asked = 0;
    const load = () => new Promise<string>((resolve) => setTimeout(() => resolve(`answer ${++asked}`), 5));
    const [a, b] = await Promise.all([pageCached('k', load), pageCached('k', load)]);
    expect(await pageCached('k', load)).to.equal('answer 1');
    expect([a, b, asked]).to.deep.equal(['answer 1', 'answer 1', 1]);
    expect(await pageCached('other', load)).to.equal('answer 2');
  });

  it('keeps no failure, and an answer only for its time', async () => {
    let asked = 0;
    const failing = () => Promise.reject(new Error(`down ${++asked}`));
    await pageCached('k', failing).catch(() => undefined);
    await pageCached('k', failing).catch(() => undefined);
    expect(asked).to.equal(2);
    const ok = () => Promise.resolve(++asked);
    expect(await pageCached('fresh', ok, 0)).to.equal(3);
    expect(await pageCached('fresh', ok, 0)).to.equal(4);
  });

  it('lets a caller stop waiting without cancelling the shared request', async () => {
    const shared = new Promise<string>((resolve) => setTimeout(() => resolve('done'), 20));
    const controller = new AbortController();
    const mine = untilAborted(shared, controller.signal);
    controller.abort(new DOMException('gone', 'AbortError'));
    const error = await mine.catch((reason: DOMException) => reason);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(await untilAborted(shared, new AbortController().signal)).to.equal('done');
  });
});
