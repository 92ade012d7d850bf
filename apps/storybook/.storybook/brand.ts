/**
 * The kit's look for Storybook's own frame (manager) and for the stories' page (preview):
 * colours from the design tokens' defaults (core's tokens.ts) and the demo site's Thai
 * font stack. Sarabun when the machine has it, else the system's Thai font.
 */
export const brand = {
  title: 'GovKit TH',
  accent: '#1d4f91', // --gov-color-accent
  text: '#0b0c0c', // --gov-color-control-edge
  muted: '#595959', // --gov-color-muted
  border: '#b1b4b6', // --gov-color-border
  focus: '#ffbf47', // --gov-color-focus
  font: "'Sarabun', 'TH Sarabun New', 'Noto Sans Thai', 'Leelawadee UI', 'Thonburi', 'Loma', 'Garuda', system-ui, sans-serif",
};
