import { css } from 'lit';

export const displaySettingsStyles = css`
  summary {
    cursor: pointer;
    min-height: 44px;
    padding: var(--_space-3) 0;
    font-weight: bold;
    color: var(--_color-link);
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-5);
  }
  fieldset {
    flex: 1 1 14rem;
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  legend {
    font-weight: bold;
    padding: 0 var(--_space-2);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-height: 44px;
  }
  input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_color-accent);
  }
  .note {
    color: var(--_color-muted);
    font-size: var(--_font-size-small);
    margin: var(--_space-3) 0 0;
  }
`;
