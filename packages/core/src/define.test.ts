import { expect } from '@open-wc/testing';
import { compareVersions, define } from './define.js';

/** A class as a copy of the kit at `version` would register it. */
function kitClass(version: string): CustomElementConstructor & { kitVersion: string } {
  return class extends HTMLElement {
    static kitVersion = version;
  };
}

/** Runs `body` with console.warn recorded; returns the warnings. */
function warningsDuring(body: () => void): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    body();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

describe('guarded define', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    define('gov-test-first', First);
    expect(customElements.get('gov-test-first')).to.equal(First);
  });

  it('keeps the first copy and stays silent when a second copy of the same version registers', () => {
    const first = kitClass('1.4.0');
    const warnings = warningsDuring(() => {
      define('gov-test-same', first);
      expect(() => define('gov-test-same', kitClass('1.4.0'))).not.to.throw();
    });
    expect(customElements.get('gov-test-same')).to.equal(first);
    expect(warnings).to.deep.equal([]);
  });

  it('stays silent when an older copy registers second', () => {
    const warnings = warningsDuring(() => {
      define('gov-test-older', kitClass('1.4.0'));
      define('gov-test-older', kitClass('1.3.9'));
    });
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions, when a newer copy registers second, and keeps the first', () => {
    const first = kitClass('1.4.0');
    const warnings = warningsDuring(() => {
      define('gov-test-newer', first);
      expect(() => define('gov-test-newer', kitClass('1.10.0'))).not.to.throw();
      expect(() => define('gov-test-newer', kitClass('2.0.0'))).not.to.throw();
    });
    expect(customElements.get('gov-test-newer')).to.equal(first);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<gov-test-newer> is already registered by GovKit 1.4.0');
    expect(warnings[0]).to.contain('GovKit 1.10.0');
  });

  it('warns once when the name belongs to something other than the kit', () => {
    class Foreign extends HTMLElement {}
    const warnings = warningsDuring(() => {
      define('gov-test-foreign', Foreign);
      define('gov-test-foreign', kitClass('1.0.0'));
      define('gov-test-foreign', kitClass('1.0.0'));
    });
    expect(customElements.get('gov-test-foreign')).to.equal(Foreign);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<gov-test-foreign> is already registered by another script');
  });

  it('does not throw on a name the browser refuses', () => {
    const warnings = warningsDuring(() => {
      expect(() => define('NotAValidName', class extends HTMLElement {})).not.to.throw();
    });
    expect(warnings).to.have.length(1);
  });
});

describe('compareVersions', () => {
  it('orders versions by their numeric parts', () => {
    expect(compareVersions('1.10.0', '1.9.9')).to.be.greaterThan(0);
    expect(compareVersions('0.1.0', '0.1.0')).to.equal(0);
    expect(compareVersions('0.1', '0.1.0')).to.equal(0);
    expect(compareVersions('2.0.0-next.1', '2.0.0')).to.equal(0);
    expect(compareVersions('0.9.0', '1.0.0')).to.be.lessThan(0);
  });
});
