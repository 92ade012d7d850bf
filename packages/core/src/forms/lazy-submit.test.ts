import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { EformDefinition } from '@govkit-th/schemas';
import { GovFormElement } from './form-element.js';
import { formStrings } from './strings.js';

/** The smallest form element: the definition is its data. */
class LazyTestForm extends GovFormElement<EformDefinition> {
  static override strings = formStrings;
  protected async checkData() {
    return [];
  }
  protected formDefinition(data: EformDefinition) {
    return data;
  }
  protected formTitle(data: EformDefinition) {
    return this.text(data.title);
  }
  protected formIntro() {
    return undefined;
  }
}
customElements.define('lazy-test-form', LazyTestForm);

const ONE_PAGE: EformDefinition = {
  id: 'lazy-submit-test',
  version: '1',
  title: { th: 'แบบทดสอบ', en: 'Test' },
  schema: { type: 'object', properties: { note: { type: 'string' } } },
  pages: [{ id: 'only', title: { th: 'หน้าเดียว', en: 'The only page' }, fields: [{ name: 'note', label: 'หมายเหตุ' }] }],
  checkAnswers: false,
};

/** Whether the page has fetched the submit client (`forms/submit`), by resource timing. */
const clientLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/forms\/submit\.(ts|js)(\?|$)/.test(entry.name));

describe('the forms machinery', () => {
  it('loads the submit client only when the person sends', async () => {
    const form = await fixture<LazyTestForm>(html`<lazy-test-form endpoint="/nowhere"></lazy-test-form>`);
    form.data = ONE_PAGE;
    expect(await form.whenSettled()).to.equal('ready');
    await form.updateComplete;
    expect(clientLoaded(), 'before sending').to.equal(false);
    // The page takes over sending, so nothing is posted.
    form.addEventListener('gov-submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'gov-submit');
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part=continue]')!.click();
    expect((await submitted).detail.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(clientLoaded(), 'after sending').to.equal(true);
    await form.startAgain();
  });
});
