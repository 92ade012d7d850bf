import { expect } from '@open-wc/testing';
import { validate } from './validate.js';
import { ITA_ITEMS, ITA_YEARS, itaItemsFor, itaItemsSchema } from './ita.js';
import { MANIFEST_CONTENT } from './manifest.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

describe('ITA item lists', () => {
  it('ships O1–O26 for 2568 and O1–O43 for 2566 and 2567, numbered in order', () => {
    expect([...ITA_YEARS]).to.deep.equal([2566, 2567, 2568]);
    const numbers = (count: number) => Array.from({ length: count }, (_, index) => `O${index + 1}`);
    expect(ITA_ITEMS[2568].map((item) => item.id)).to.deep.equal(numbers(26));
    expect(ITA_ITEMS[2566].map((item) => item.id)).to.deep.equal(numbers(43));
    expect(ITA_ITEMS[2567].map((item) => item.id)).to.deep.equal(numbers(43));
    expect(itaItemsFor(2568)).to.equal(ITA_ITEMS[2568]);
    expect(itaItemsFor(2571)).to.equal(undefined);
  });

  it('marks as unconfirmed exactly the 2568 wordings the reference could not confirm, and all of 2566–2567', () => {
    const unconfirmed = ITA_ITEMS[2568].filter((item) => !item.confirmed).map((item) => item.id);
    expect(unconfirmed).to.deep.equal(['O2', 'O5', 'O6', 'O7', 'O25', 'O26']);
    expect(ITA_ITEMS[2566].some((item) => item.confirmed)).to.equal(false);
  });

  it('maps items only to content types and document kinds that exist', () => {
    for (const year of ITA_YEARS) {
      for (const item of ITA_ITEMS[year]) {
        for (const type of item.contentTypes ?? []) expect(Object.keys(MANIFEST_CONTENT)).to.include(type);
        for (const kind of item.documentKinds ?? []) expect(DOCUMENT_KINDS).to.include(kind);
        expect(item.title.th).to.not.equal('');
        expect(item.title.en).to.not.equal('');
      }
    }
    expect(ITA_ITEMS[2568].find((item) => item.id === 'O3')!.contentTypes).to.deep.equal(['contact']);
    expect(ITA_ITEMS[2568].find((item) => item.id === 'O12')!.documentKinds).to.include('procurement-plan');
  });

  it('every shipped list is a valid ita-items.json, and a wrong one is refused', async () => {
    for (const year of ITA_YEARS) {
      expect(await validate(itaItemsSchema, { year, items: ITA_ITEMS[year] })).to.deep.equal([]);
    }
    const problems = await validate(itaItemsSchema, { items: [{ id: 'X1', title: 'ผิด', contentTypes: ['blog'] }] });
    expect(problems.map((problem) => problem.path)).to.include.members(['/items/0/id', '/items/0/contentTypes/0']);
  });
});
