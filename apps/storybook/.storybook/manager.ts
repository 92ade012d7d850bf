import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import { brand } from './brand';

/** Storybook's frame in the kit's colours and Thai-capable type, with the kit's name as its title. */
addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: brand.title,
    brandTarget: '_self',
    colorPrimary: brand.accent,
    colorSecondary: brand.accent,
    appBorderColor: brand.border,
    appBorderRadius: 6,
    textColor: brand.text,
    textMutedColor: brand.muted,
    barSelectedColor: brand.accent,
    barHoverColor: brand.accent,
    fontBase: brand.font,
  }),
});
