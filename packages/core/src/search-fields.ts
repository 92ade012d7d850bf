import { css, html, nothing, type TemplateResult } from 'lit';

export interface SearchFieldsOptions {
  query: string;
  category: string;
  /** The categories to choose from; with fewer than two, no select is shown. */
  categories: readonly string[];
  labels: { search: string; hint: string; category: string; allCategories: string };
  onQuery(value: string): void;
  onCategory(value: string): void;
}

/**
 * The search box and category select of a filterable list (gov-faq, gov-qa-board), so
 * every list a citizen searches looks and behaves the same. The element wraps them in
 * `<div class="search-tools">` with whatever else belongs beside them.
 */
export function searchFields(options: SearchFieldsOptions): TemplateResult {
  const { query, category, categories, labels } = options;
  return html`
    <div class="search-field">
      <label for="search">${labels.search}</label>
      <span class="search-hint" id="search-hint">${labels.hint}</span>
      <input id="search" part="search" type="search" autocomplete="off" aria-describedby="search-hint"
        .value=${query} @input=${(event: Event) => options.onQuery((event.target as HTMLInputElement).value)} />
    </div>
    ${
      categories.length > 1
        ? html`<div class="search-field">
          <label for="category">${labels.category}</label>
          <select id="category" @change=${(event: Event) => options.onCategory((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${category === ''}>${labels.allCategories}</option>
            ${categories.map((name) => html`<option value=${name} ?selected=${category === name}>${name}</option>`)}
          </select>
        </div>`
        : nothing
    }
  `;
}

/** Styles for {@link searchFields} and its `.search-tools` wrapper. */
export const searchFieldStyles = css`
  .search-tools {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-4) var(--_space-5);
    align-items: flex-end;
    margin-bottom: var(--_space-4);
  }
  .search-field {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    flex: 1 1 14rem;
    min-width: 0;
  }
  .search-field label {
    font-weight: bold;
  }
  .search-hint {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
  }
`;
