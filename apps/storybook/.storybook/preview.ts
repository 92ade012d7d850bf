import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import manifest from '@govkit-th/components/custom-elements.json';
import './preview.css';

interface Member {
  kind: string;
  name: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  parameters?: { name: string; type?: { text: string } }[];
  return?: { type?: { text: string } };
  inheritedFrom?: { name: string };
}
interface Declaration {
  tagName?: string;
  members?: Member[];
}

type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];

const declarations = (manifest.modules as { declarations?: Declaration[] }[]).flatMap(
  (module) => module.declarations ?? [],
);
const publicMember = (member: Member) => member.privacy === undefined || member.privacy === 'public';

// Docs and controls come from the JSDoc of each element class (and, through core's manifest,
// of the base classes). Only what a page may use is listed: no protected or static members.
for (const declaration of declarations)
  declaration.members = declaration.members?.filter((member) => publicMember(member) && !member.static);
setCustomElementsManifest(manifest);

const signature = (method: Member) =>
  `(${(method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')}) => ${method.return?.type?.text ?? 'void'}`;

/** Storybook lists fields, attributes and events from the manifest but skips methods: add them. */
const methods: ArgTypesEnhancer = ({ component, argTypes }) => {
  const element = declarations.find((declaration) => declaration.tagName === component);
  const listed = (element?.members ?? []).filter((member) => member.kind === 'method');
  return {
    ...argTypes,
    ...Object.fromEntries(
      listed.map((method) => [
        `${method.name}()`,
        {
          name: `${method.name}()`,
          description: method.description,
          control: false,
          table: { category: 'methods', type: { summary: signature(method) } },
        },
      ]),
    ),
  };
};

/** The toolbar's "Theme" menu: the kit's own look, or DGA's (themes/dga.css) on the whole preview. */
const withTheme: Decorator = (story, context) => {
  const wanted = context.globals.theme === 'dga' ? 'themes/dga.css' : undefined;
  let link = document.querySelector<HTMLLinkElement>('link[data-govkit-theme]');
  if (!wanted) link?.remove();
  else if (link?.getAttribute('href') !== wanted) {
    link ??= Object.assign(document.createElement('link'), { rel: 'stylesheet' });
    link.dataset.govkitTheme = '';
    link.href = wanted;
    document.head.append(link);
  }
  return story();
};

/**
 * The toolbar's "Language" menu: `lang` on the story's root and the document, which every
 * element follows, and the story's own `lang` argument where it has one (its wrapper's
 * `lang` would win otherwise). Left at "story", each story keeps its own language (the
 * "English" stories) on a Thai page.
 */
const withLanguage: Decorator = (story, context) => {
  const chosen = context.globals.lang === 'th' || context.globals.lang === 'en' ? context.globals.lang : undefined;
  const lang = chosen ?? 'th';
  document.documentElement.lang = lang;
  document.getElementById('storybook-root')?.setAttribute('lang', lang);
  return chosen && 'lang' in context.args ? story({ args: { ...context.args, lang: chosen } }) : story();
};

/** The widths a Thai government page must work at: 320 px first (WCAG 1.4.10 reflow). */
const viewports = {
  narrow320: { name: '320 px (reflow)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
  phone375: { name: '375 px phone', styles: { width: '375px', height: '720px' }, type: 'mobile' },
  tablet768: { name: '768 px tablet', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop1280: { name: '1280 px desktop', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
};

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Language of the page (lang on the story root)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'story', title: 'Each story’s own (Thai page)' },
          { value: 'th', title: 'ไทย (th)', right: 'th' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the kit',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'kit', title: 'GovKit (default)' },
          { value: 'dga', title: 'DGA (themes/dga.css)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'kit', lang: 'story' },
  decorators: [withTheme, withLanguage],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    viewport: { options: viewports },
    // The accessibility panel (axe) on every story; violations are listed there, as the
    // Chromium tests' axe checks fail on them.
    a11y: { test: 'todo' },
  },
  argTypesEnhancers: [methods],
  tags: ['autodocs'],
};
export default preview;
