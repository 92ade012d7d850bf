import { expect } from '@open-wc/testing';
import { limiter, mapLimit } from './limit.js';

/** A task that records how many run at once and finishes when told. */
function tracker() {
  let running = 0;
  let most = 0;
  const task = async <T>(value: T, ms = 5): Promise<T> => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running -= 1;
    return value;
  };
  return { task, most: () => most };
}

describe('limiter and mapLimit', () => {
  it('never runs more than the cap at once, and keeps the order of the results', async () => {
    const { task, most } = tracker();
    const results = await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, (value) => task(value * 10, 10 - value));
    expect(results).to.deep.equal([10, 20, 30, 40, 50, 60, 70]);
    expect(most()).to.equal(3);
  });

  it('shares one cap between nested and separate callers, and a failure frees its slot', async () => {
    const { task, most } = tracker();
    const limit = limiter(2);
    const failing = limit(() => Promise.reject(new Error('down')));
    const others = [1, 2, 3, 4].map((value) => limit(() => task(value)));
    await failing.then(
      () => expect.fail('should reject'),
      (error: Error) => expect(error.message).to.equal('down'),
    );
    expect(await Promise.all(others)).to.deep.equal([1, 2, 3, 4]);
    expect(most()).to.equal(2);
  });

  it('treats a cap below one, or not a number, as one at a time', async () => {
    const { task, most } = tracker();
    await mapLimit([1, 2, 3], 0, (value) => task(value));
    await mapLimit([1, 2], Number.NaN, (value) => task(value));
    expect(most()).to.equal(1);
    expect(await mapLimit([], 4, (value: number) => task(value))).to.deep.equal([]);
  });
});
