import { expect } from '@open-wc/testing';
import * as React from 'react';
import type { ComponentType } from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import type { Root } from 'react-dom/client';
import * as wrappers from './generated/index.js';

/** Each wrapper with a demo data file its element accepts. */
const DATA: Record<string, string> = {
  GovAgencyProfile: 'profile.json',
  GovAlert: 'alerts.json',
  GovBannerStrip: 'banners.json',
  GovCioCard: 'cio.json',
  GovContactBlock: 'contact.json',
  GovDocumentList: 'documents.json',
  GovEform: 'forms/oia-request.json',
  GovEventCalendar: 'events.json',
  GovFaq: 'faq.json',
  GovLinkList: 'links.json',
  GovNewsList: 'news.json',
  GovOpenData: 'open-data.json',
  GovOpinionBox: 'opinion.json',
  GovServiceGuide: 'service-guide.json',
  GovServiceList: 'e-services.json',
  GovSitemap: 'sitemap.json',
  GovItaIndex: '../govkit.json',
  GovPolicy: 'policies/cookie-policy.json',
  GovSiteFooter: 'contact.json',
};

type Wrapper = ComponentType<Record<string, unknown>>;
const components = Object.entries(wrappers).filter(([, value]) => typeof value === 'object') as [string, Wrapper][];

describe('@govkit-th/react: every element as a React 19 component', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = ReactDOMClient.createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('has a wrapper for every element in the manifest', async () => {
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as {
      modules: { declarations?: { customElement?: boolean; tagName?: string; name: string }[] }[];
    };
    const names = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('gov-'))
      .map((declaration) => declaration.name)
      .sort();
    expect(components.map(([name]) => name).sort()).to.deep.equal(names);
  });

  for (const [name, file] of Object.entries(DATA)) {
    it(`${name}: renders its element, passes src as a property and calls onGovLoad with the data`, async () => {
      const Component = components.find(([key]) => key === name)?.[1];
      expect(Component, name).to.not.equal(undefined);
      const loaded = new Promise<CustomEvent>((resolve) => {
        ReactDOM.flushSync(() =>
          root.render(
            React.createElement(Component!, {
              src: `/apps/demo-agency/data/${file}`,
              lang: 'th',
              onGovLoad: (event: CustomEvent) => resolve(event),
            }),
          ),
        );
      });
      const event = await loaded;
      const element = host.firstElementChild as HTMLElement & { src: string };
      expect(element.localName).to.match(/^gov-/);
      expect(element.src).to.equal(`/apps/demo-agency/data/${file}`);
      expect(element.getAttribute('state')).to.be.oneOf(['ready', 'empty']);
      expect(event.detail).to.be.an('object');
      expect(element.shadowRoot?.textContent?.trim().length ?? 0).to.be.greaterThan(0);
    });
  }

  it('calls onGovError with the problems when the data is refused, and the element shows the error', async () => {
    const failed = new Promise<CustomEvent<{ error: { kind: string; problems: unknown[] } }>>((resolve) => {
      ReactDOM.flushSync(() =>
        root.render(
          React.createElement(wrappers.GovFaq as unknown as Wrapper, {
            src: '/apps/demo-agency/data/contact.json',
            onGovError: (event: CustomEvent<{ error: { kind: string; problems: unknown[] } }>) => resolve(event),
          }),
        ),
      );
    });
    const event = await failed;
    expect(event.detail.error.kind).to.equal('invalid');
    expect(event.detail.error.problems.length).to.be.greaterThan(0);
    expect(host.querySelector('gov-faq')?.getAttribute('state')).to.equal('error');
  });

  it('calls onGovSubmit and onGovReceipt props of a form element (typed events, not attributes)', () => {
    // @lit/react keeps event props off the element: nothing leaks as an attribute.
    ReactDOM.flushSync(() =>
      root.render(
        React.createElement(wrappers.GovOpinionBox as unknown as Wrapper, {
          src: '/apps/demo-agency/data/opinion.json',
          onGovSubmit: () => {},
          onGovReceipt: () => {},
        }),
      ),
    );
    const element = host.querySelector('gov-opinion-box')!;
    expect(element.getAttributeNames().filter((name) => name.startsWith('on'))).to.deep.equal([]);
  });
});
