/**
 * The widgets' ten UI languages with their own names and direction, for language pickers (Storybook's
 * toolbar, the configurator, the demo). Side-effect free. Data texts (names, descriptions) exist in en, es
 * and ar; in the other seven languages they show in English, marked `lang="en"` and isolated.
 */
import type { Locale } from './locale.js';

export interface UiLanguage {
  code: Locale;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const UI_LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'ht', name: 'Kreyòl ayisyen', dir: 'ltr' },
] as const satisfies readonly UiLanguage[];
