import { html, nothing, type TemplateResult } from 'lit';

/**
 * A file picker whose button speaks the page's language: the native input's own button and
 * "No file chosen" follow the browser's language, so the input is hidden (`<id>-file`) and a
 * real button with the field's id opens it. The field's label (`<id>-label`) labels the button.
 */
export function fileChooser(
  id: string,
  choose: string,
  options: {
    accept?: string;
    describedBy?: string | typeof nothing;
    onChange: (input: HTMLInputElement) => void;
    onBlur?: () => void;
  },
): TemplateResult {
  return html`<input type="file" id="${id}-file" hidden accept=${options.accept ?? nothing}
      @change=${(event: Event) => options.onChange(event.target as HTMLInputElement)} />
    <button type="button" class="secondary file-button" id=${id} aria-labelledby="${id}-label ${id}"
      aria-describedby=${options.describedBy ?? nothing} @blur=${options.onBlur ?? nothing}
      @click=${(event: Event) => ((event.currentTarget as HTMLElement).previousElementSibling as HTMLInputElement).click()}>${choose}</button>`;
}
