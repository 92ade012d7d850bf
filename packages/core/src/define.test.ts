import { expect } from '@open-wc/testing';
import { define } from './define.js';

describe('guarded define', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    define('gov-test-first', First);
    expect(customElements.get('gov-test-first')).to.equal(First);
  });

  it('keeps the first definition when a second copy of the kit registers again, warning once', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Original extends HTMLElement {}
      class SecondCopy extends HTMLElement {}
      define('gov-test-twice', Original);
      expect(() => define('gov-test-twice', SecondCopy)).not.to.throw();
      expect(() => define('gov-test-twice', SecondCopy)).not.to.throw();
      expect(customElements.get('gov-test-twice')).to.equal(Original);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('<gov-test-twice> is already registered');
    } finally {
      console.warn = warn;
    }
  });

  it('does not throw on a name the browser refuses', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(() => define('NotAValidName', class extends HTMLElement {})).not.to.throw();
    } finally {
      console.warn = warn;
    }
  });
});
